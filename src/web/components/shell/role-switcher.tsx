import { Badge, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRequiredSession, useSwitchMembership } from '../../hooks/use-session';
import { activeMembership } from '../../lib/session';
import { notifyError, notifySuccess } from '../common/notify';

/**
 * The active role and organisation. People with several memberships choose here (the whole
 * app then reloads its data); others just see who they act as.
 */
export function RoleSwitcher() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const active = activeMembership(session);
  const switcher = useSwitchMembership();
  const label = (m: { role: string; organisationName: string }) =>
    t('shell.roleOption', { role: t(`roles.${m.role}`), organisation: m.organisationName });

  const summary = active ? (
    <>
      <Badge variant="light" size="md" style={{ alignSelf: 'flex-start' }}>
        {t(`roles.${active.role}`)}
      </Badge>
      <Text size="sm" className="break-anywhere">
        {active.organisationName}
      </Text>
    </>
  ) : (
    <Text size="sm">{t('shell.noRole')}</Text>
  );

  if (session.memberships.length < 2) {
    return (
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('shell.activeRole')}
        </Text>
        {summary}
      </Stack>
    );
  }

  return (
    <Stack gap={6}>
      <Select
        comboboxProps={{ width: 320, position: 'bottom-start' }}
        label={t('shell.activeRole')}
        value={session.activeMembershipId}
        allowDeselect={false}
        disabled={switcher.isPending}
        data={session.memberships.map((m) => ({ value: m.id, label: label(m) }))}
        onChange={(id) => {
          const target = session.memberships.find((m) => m.id === id);
          if (!id || !target || id === session.activeMembershipId) return;
          switcher.mutate(id, {
            onSuccess: () =>
              notifySuccess(
                t,
                t('shell.roleSwitched', {
                  role: t(`roles.${target.role}`),
                  organisation: target.organisationName,
                }),
              ),
            onError: (e) => notifyError(t, e),
          });
        }}
      />
      {summary}
    </Stack>
  );
}
