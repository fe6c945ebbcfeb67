import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, ROLES, type TLocale, type TRole } from '../../../shared/enums';
import { ZInviteInput } from '../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { listAllOrganisations } from '../../api/organisations';
import { fetchOutbox } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { inviteUser } from '../../api/users';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { issuesToFieldErrors, placeFieldErrors } from '../../lib/field-errors';
import { notifySuccess } from '../../components/common/notify';
import { focusFirstError } from '../../components/common/focus-first-error';

interface TInviteValues {
  email: string;
  displayName: string;
  organisationId: string;
  role: TRole | '';
  locale: TLocale;
}

const FIELDS = ['email', 'displayName', 'organisationId', 'role', 'locale'];

/** Invites a person into an organisation with a role (admins). */
export function InviteUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const organisations = useQuery({
    queryKey: queryKeys.organisationChoices,
    queryFn: listAllOrganisations,
    enabled: opened,
  });
  const form = useForm<TInviteValues>({
    mode: 'controlled',
    initialValues: {
      email: '',
      displayName: '',
      organisationId: '',
      role: '',
      locale: i18n.language === 'en' ? 'en' : 'fr',
    },
    validate: (values) => {
      const r = ZInviteInput.safeParse(values);
      if (r.success) return {};
      const fields = issuesToFieldErrors(r.error.issues).map((f) =>
        f.path === 'role' || f.path === 'organisationId' ? { ...f, code: 'required' } : f,
      );
      return placeFieldErrors(fields, (p) => FIELDS.includes(p)).errors;
    },
  });
  const err = (path: keyof TInviteValues) => translateFieldError(t, form.errors[path]);

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const input = ZInviteInput.parse(values);
        const r = await inviteUser(input);
        const outbox = await queryClient
          .fetchQuery({ queryKey: queryKeys.outbox, queryFn: fetchOutbox })
          .catch(() => null);
        const done = t(r.isNewUser ? 'users.inviteForm.sent' : 'users.inviteForm.roleAdded', {
          email: input.email,
        });
        if (outbox && !outbox.smtpConfigured) {
          notifySuccess(t, t('users.inviteForm.outboxHint'), { title: done });
        } else notifySuccess(t, done);
        await queryClient.invalidateQueries({ queryKey: queryKeys.usersAll });
        await queryClient.invalidateQueries({ queryKey: queryKeys.outbox });
        close();
      } catch (e) {
        if (e instanceof ApiError && e.fields.length) {
          const { errors, unplaced } = placeFieldErrors(e.fields, (p) => FIELDS.includes(p));
          form.setErrors(errors);
          focusFirstError(null);
          if (unplaced.length) setError(e);
        } else setError(e);
      }
    },
    (_errors, _values, event) =>
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('users.inviteForm.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('users.inviteForm.intro')}
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            label={t('users.inviteForm.email')}
            type="email"
            required
            data-autofocus
            {...form.getInputProps('email')}
            error={err('email')}
          />
          <TextInput
            label={t('users.inviteForm.displayName')}
            required
            {...form.getInputProps('displayName')}
            error={err('displayName')}
          />
          <Select
            label={t('users.inviteForm.organisation')}
            placeholder={t('users.inviteForm.organisationPlaceholder')}
            required
            searchable
            data={(organisations.data ?? []).map((o) => ({
              value: o.id,
              label: `${o.name} (${t(`kinds.${o.kind}`)})`,
            }))}
            value={form.values.organisationId || null}
            onChange={(v) => form.setFieldValue('organisationId', v ?? '')}
            error={err('organisationId')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label={t('users.inviteForm.role')}
              required
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={form.values.role || null}
              onChange={(v) => form.setFieldValue('role', (v as TRole | null) ?? '')}
              error={err('role')}
            />
            <Select
              label={t('users.inviteForm.locale')}
              required
              allowDeselect={false}
              data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
              {...form.getInputProps('locale')}
              error={err('locale')}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('users.inviteForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
