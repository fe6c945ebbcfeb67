import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  adminKeys,
  getLogisticsSettings,
  updateLogisticsSettings,
  type TLogisticsSettings,
} from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { fieldErrorsOf, logisticsFieldError } from './logistics-common';

/** The delays of reception reminders and follow-up questions (admins). */
export function LogisticsSettingsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: adminKeys.settings, queryFn: getLogisticsSettings });
  const [edits, setEdits] = useState<Partial<TLogisticsSettings>>({});
  const values: TLogisticsSettings | null = current.data ? { ...current.data, ...edits } : null;
  const save = useMutation({
    mutationFn: (v: TLogisticsSettings) => updateLogisticsSettings(v),
    onSuccess: (v) => {
      queryClient.setQueryData(adminKeys.settings, v);
      setEdits({});
      notifySuccess(t, t('logistics.settings.saved'));
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (values) save.mutate(values);
  };
  const set = (key: keyof TLogisticsSettings) => (v: string | number) =>
    setEdits((old) => ({ ...old, [key]: typeof v === 'number' ? v : Number(v) }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="logistics-settings">
      <Title order={2} size="h4" id="logistics-settings" mb="xs">
        {t('logistics.settings.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('logistics.settings.intro')}
      </Text>
      <ErrorAlert error={current.error} />
      {values && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NumberInput
                label={t('logistics.settings.receptionReminderDays')}
                description={t('logistics.settings.receptionReminderHelp')}
                value={values.receptionReminderDays}
                onChange={set('receptionReminderDays')}
                min={1}
                max={60}
                allowDecimal={false}
                error={logisticsFieldError(t, errors.receptionReminderDays)}
                w={280}
                maw="100%"
              />
              <NumberInput
                label={t('logistics.settings.followUpDelayDays')}
                description={t('logistics.settings.followUpDelayHelp')}
                value={values.followUpDelayDays}
                onChange={set('followUpDelayDays')}
                min={7}
                max={730}
                allowDecimal={false}
                error={logisticsFieldError(t, errors.followUpDelayDays)}
                w={280}
                maw="100%"
              />
            </Group>
            {!Object.keys(errors).length && <ErrorAlert error={save.error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('logistics.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
