import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZLoginInput } from '../../../shared/schemas/accounts';
import { login } from '../../api/auth';
import { queryKeys } from '../../api/query-keys';
import { fetchSession } from '../../api/auth';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { usePageTitle } from '../../hooks/use-page-title';
import { useSession } from '../../hooks/use-session';
import { issuesToFieldErrors } from '../../lib/field-errors';
import { safeNextPath } from '../../lib/safe-next';
import { focusFirstError } from '../../components/common/focus-first-error';

/** Login with e-mail and password; back to the page asked for (`?next=`) afterwards. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const next = safeNextPath(params.get('next'));
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: (values) => {
      const r = ZLoginInput.safeParse(values);
      return r.success
        ? {}
        : Object.fromEntries(issuesToFieldErrors(r.error.issues).map((f) => [f.path, f.code]));
    },
  });

  if (session.data) return <Navigate to={next} replace />;

  const notice = params.get('activated')
    ? t('auth.login.activated')
    : params.get('reset')
      ? t('auth.login.passwordChanged')
      : null;

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        await login({ email: values.email.trim().toLowerCase(), password: values.password });
        const s = await fetchSession();
        queryClient.setQueryData(queryKeys.session, s);
        void navigate(next, { replace: true });
      } catch (e) {
        setError(e);
        form.setFieldValue('password', '');
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  const fieldError = (path: 'email' | 'password') => translateFieldError(t, form.errors[path]);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('auth.login.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('auth.login.intro')}
        </Text>
      </div>
      {notice && (
        <Alert color="lagoon" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {notice}
        </Alert>
      )}
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
            error={fieldError('email')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
            error={fieldError('password')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
        {t('auth.login.forgot')}
      </Anchor>
      <Text size="sm" ta="center">
        {t('needs.apply.loginLink')}{' '}
        <Anchor component={Link} to="/apply">
          {t('needs.apply.loginLinkAction')}
        </Anchor>
      </Text>
      <Text size="sm" ta="center">
        {t('auth.login.donateLink')}{' '}
        <Anchor component={Link} to="/donate">
          {t('auth.login.donateLinkAction')}
        </Anchor>
      </Text>
    </Stack>
  );
}
