import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { confirmPasswordReset } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/common/error-alert';
import { usePageTitle } from '../../hooks/use-page-title';
import { placeFieldErrors } from '../../lib/field-errors';
import {
  NewPasswordFields,
  validateNewPassword,
  type TNewPasswordValues,
} from './new-password-fields';
import { focusFirstError } from '../../components/common/focus-first-error';

/** Chooses a new password from a reset link (`/reset-password?token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TNewPasswordValues>({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: (values) => validateNewPassword(values, ''),
  });

  const submit = form.onSubmit(
    async ({ password }) => {
      setError(null);
      try {
        const { email } = await confirmPasswordReset({ token, password });
        void navigate(`/login?reset=1&email=${encodeURIComponent(email)}`, { replace: true });
      } catch (e) {
        const placed =
          e instanceof ApiError ? placeFieldErrors(e.fields, (p) => p === 'password') : null;
        if (placed && Object.keys(placed.errors).length) {
          form.setErrors(placed.errors);
          focusFirstError(null);
        } else setError(e);
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  const isTokenDead = error instanceof ApiError && error.code === 'auth.token_invalid';

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('auth.reset.title')}</Title>
        {token && (
          <Text c="dimmed" size="sm" mt={4}>
            {t('auth.reset.intro')}
          </Text>
        )}
      </div>
      {!token ? (
        <Alert color="red" variant="light" role="alert">
          {t('auth.reset.missingToken')}
        </Alert>
      ) : (
        <>
          <ErrorAlert error={error} />
          {!isTokenDead && (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <NewPasswordFields form={form} />
                <Button type="submit" loading={form.submitting} fullWidth>
                  {t('auth.reset.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </>
      )}
      {(!token || isTokenDead) && (
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t('auth.reset.requestNew')}
        </Anchor>
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}
