import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createCarrier, logisticsKeys } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { fieldErrorsOf, logisticsFieldError } from './logistics-common';

/** Adds a carrier; its webhook secret comes back once and is handed to the page. */
export function CarrierForm({
  onCreated,
}: {
  onCreated: (c: { name: string; webhookSecret: string }) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [trackingUrl, setTrackingUrl] = useState('');
  const save = useMutation({
    mutationFn: () =>
      createCarrier({
        name: name.trim(),
        code: code.trim(),
        trackingUrl: trackingUrl.trim() || null,
      }),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.carriers });
      setName('');
      setCode('');
      setTrackingUrl('');
      onCreated(c);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const shown = ['name', 'code', 'trackingUrl'].filter((p) => p in errors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="carrier-new">
      <Title order={2} size="h4" id="carrier-new" mb="sm">
        {t('logistics.carriers.newTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput
              label={t('logistics.carriers.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={logisticsFieldError(t, errors.name)}
              required
              miw={200}
            />
            <TextInput
              label={t('logistics.carriers.code')}
              description={t('logistics.carriers.codeHelp')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={logisticsFieldError(t, errors.code)}
              required
              miw={200}
            />
          </Group>
          <TextInput
            label={t('logistics.carriers.trackingUrl')}
            description={t('logistics.carriers.trackingUrlHelp')}
            type="url"
            value={trackingUrl}
            onChange={(e) => setTrackingUrl(e.currentTarget.value)}
            error={logisticsFieldError(t, errors.trackingUrl)}
          />
          {shown.length === 0 && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('logistics.carriers.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
