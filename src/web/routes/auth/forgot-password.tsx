import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZPasswordResetRequest } from '../../../shared/schemas/accounts';
import { requestPasswordReset } from '../../api/auth';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { usePageTitle } from '../../hooks/use-page-title';
import { issuesToFieldErrors } from '../../lib/field-errors';
import { focusFirstError } from '../../components/common/focus-first-error';

/** Asks for a reset link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: (values) => {
      const r = ZPasswordResetRequest.safeParse(values);
      return r.success
        ? {}
        : Object.fromEntries(issuesToFieldErrors(r.error.issues).map((f) => [f.path, f.code]));
    },
  });

  const submit = form.onSubmit(
    async ({ email }) => {
      setError(null);
      try {
        const normalised = email.trim().toLowerCase();
        await requestPasswordReset(normalised);
        setSentTo(normalised);
      } catch (e) {
        setError(e);
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('auth.forgot.title')}</Title>
        {!sentTo && (
          <Text c="dimmed" size="sm" mt={4}>
            {t('auth.forgot.intro')}
          </Text>
        )}
      </div>
      {sentTo ? (
        <Alert color="lagoon" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <>
          <ErrorAlert error={error} />
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="email"
                required
                {...form.getInputProps('email')}
                error={translateFieldError(t, form.errors.email)}
              />
              <Button type="submit" loading={form.submitting} fullWidth>
                {t('auth.forgot.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}
