import { useState } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { acceptInvitation, fetchInvitation } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { PageLoader } from '../../components/common/page-loader';
import { usePageTitle } from '../../hooks/use-page-title';
import { placeFieldErrors } from '../../lib/field-errors';
import {
  NewPasswordFields,
  validateNewPassword,
  type TNewPasswordValues,
} from './new-password-fields';
import { focusFirstError } from '../../components/common/focus-first-error';

/** Accepts an invitation (`/invitation?token=…`): name and password, then login. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => fetchInvitation(token),
    enabled: token.length >= 10,
    retry: false,
  });

  return (
    <Stack gap="md">
      <Title order={1}>{t('auth.invitation.title')}</Title>
      {token.length < 10 ? (
        <Alert color="red" variant="light" role="alert">
          {t('auth.invitation.missingToken')}
        </Alert>
      ) : invitation.isPending ? (
        <PageLoader />
      ) : invitation.error ? (
        invitation.error instanceof ApiError && invitation.error.status < 500 ? (
          <Alert color="red" variant="light" role="alert">
            {t('auth.invitation.invalid')}
          </Alert>
        ) : (
          <ErrorAlert error={invitation.error} />
        )
      ) : (
        <InvitationForm
          token={token}
          email={invitation.data.email}
          displayName={invitation.data.displayName}
        />
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('auth.backToLogin')}
      </Anchor>
    </Stack>
  );
}

function InvitationForm({
  token,
  email,
  displayName,
}: {
  token: string;
  email: string;
  displayName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TNewPasswordValues & { displayName: string }>({
    mode: 'controlled',
    initialValues: { displayName, password: '', confirm: '' },
    validate: (values) => ({
      ...(values.displayName.trim() ? {} : { displayName: 'required' }),
      ...validateNewPassword(values, email),
    }),
  });

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const r = await acceptInvitation({
          token,
          password: values.password,
          displayName: values.displayName.trim(),
        });
        void navigate(`/login?activated=1&email=${encodeURIComponent(r.email)}`, { replace: true });
      } catch (e) {
        const placed =
          e instanceof ApiError
            ? placeFieldErrors(e.fields, (p) => p === 'password' || p === 'displayName')
            : null;
        if (placed && Object.keys(placed.errors).length) {
          form.setErrors(placed.errors);
          focusFirstError(null);
        } else setError(e);
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  return (
    <>
      <Text size="sm">{t('auth.invitation.welcome', { name: displayName, email })}</Text>
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            value={email}
            readOnly
            variant="filled"
            autoComplete="username"
          />
          <TextInput
            label={t('auth.invitation.displayName')}
            description={t('auth.invitation.displayNameHint')}
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
            error={translateFieldError(t, form.errors.displayName)}
          />
          <NewPasswordFields form={form} />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('auth.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
