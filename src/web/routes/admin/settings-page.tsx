import { useState } from 'react';
import { Button, FileInput, Group, Image, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZSettings, type TSettings } from '../../../shared/schemas/settings';
import { ApiError } from '../../api/client';
import { fetchSettings, saveSettings } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { issuesToFieldErrors, placeFieldErrors } from '../../lib/field-errors';
import { LOGO_MIME_TYPES, checkLogoFile } from '../../lib/logo-file';
import { notifySuccess } from '../../components/common/notify';
import { focusFirstError } from '../../components/common/focus-first-error';

const isSettingsPath = (p: string) => p === 'bankName' || p === 'logoDataUrl';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The bank's name and logo (admins). */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: fetchSettings });
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      {settings.isPending ? (
        <PageLoader />
      ) : settings.error ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <SettingsForm initial={settings.data} />
      )}
    </>
  );
}

function SettingsForm({ initial }: { initial: TSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<TSettings>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const r = ZSettings.safeParse(values);
      return r.success
        ? {}
        : placeFieldErrors(issuesToFieldErrors(r.error.issues), isSettingsPath).errors;
    },
  });

  const pickFile = async (f: File | null) => {
    setFile(f);
    form.clearFieldError('logoDataUrl');
    if (!f) return;
    const problem = checkLogoFile(f);
    if (problem) {
      form.setFieldError('logoDataUrl', problem);
      return;
    }
    form.setFieldValue('logoDataUrl', await readAsDataUrl(f));
  };

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const saved = await saveSettings({
          bankName: values.bankName.trim(),
          logoDataUrl: values.logoDataUrl,
        });
        queryClient.setQueryData(queryKeys.settings, saved);
        form.setInitialValues(saved);
        form.reset();
        setFile(null);
        notifySuccess(t, t('settings.saved'));
      } catch (e) {
        if (e instanceof ApiError && e.fields.length) {
          const { errors, unplaced } = placeFieldErrors(e.fields, isSettingsPath);
          form.setErrors(errors);
          focusFirstError(null);
          if (unplaced.length) setError(e);
        } else setError(e);
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  const logoError = translateFieldError(t, form.errors.logoDataUrl);

  return (
    <Paper p="lg" maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} />
          <TextInput
            label={t('settings.bankName')}
            required
            maxLength={80}
            {...form.getInputProps('bankName')}
            error={translateFieldError(t, form.errors.bankName)}
          />
          <FileInput
            label={t('settings.logo')}
            description={t('settings.logoHint')}
            placeholder={t('settings.logoPlaceholder')}
            accept={LOGO_MIME_TYPES.join(',')}
            leftSection={<IconPhoto size={16} aria-hidden />}
            value={file}
            onChange={(f) => void pickFile(f)}
            clearable
            error={logoError}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('settings.logoPreview')}
            </Text>
            {form.values.logoDataUrl ? (
              <Group gap="md" align="center">
                <Paper p="sm" withBorder bg="white">
                  <Image
                    src={form.values.logoDataUrl}
                    alt={t('common.defaultLogo', { bank: form.values.bankName })}
                    h={64}
                    w="auto"
                    fit="contain"
                  />
                </Paper>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => {
                    setFile(null);
                    form.setFieldValue('logoDataUrl', null);
                  }}
                >
                  {t('settings.removeLogo')}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('settings.noLogo')}
              </Text>
            )}
          </div>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
