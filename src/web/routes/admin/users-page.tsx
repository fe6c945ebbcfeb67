import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import {
  listUsers,
  removeMembership,
  setUserActive,
  type TUserMembership,
  type TUserSummary,
} from '../../api/users';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ScrollTable } from '../../components/common/scroll-table';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { useIsWide } from '../../hooks/use-is-wide';
import { useRequiredSession } from '../../hooks/use-session';
import { InviteUserModal } from './invite-user-modal';
import { UserRoles } from './user-roles';
import { notifyError, notifySuccess } from '../../components/common/notify';

/** Users and their roles (admins): invite, remove a role, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const isWide = useIsWide();
  const session = useRequiredSession();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [inviteOpened, invite] = useDisclosure(false);
  const [removing, setRemoving] = useState<{
    user: TUserSummary;
    membership: TUserMembership;
  } | null>(null);
  const users = useQuery({
    queryKey: queryKeys.users(debounced.trim()),
    queryFn: () => listUsers(debounced),
    placeholderData: keepPreviousData,
  });
  const onError = (e: unknown) => notifyError(t, e);
  const toggle = useMutation({
    mutationFn: (u: TUserSummary) => setUserActive(u.id, !u.isActive),
    onSuccess: async (_r, u) => {
      notifySuccess(
        t,
        t(u.isActive ? 'users.deactivated' : 'users.reactivated', { name: u.displayName }),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.usersAll });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (r: { user: TUserSummary; membership: TUserMembership }) =>
      removeMembership(r.user.id, r.membership.id),
    onSuccess: async () => {
      setRemoving(null);
      notifySuccess(t, t('users.roleRemoved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.usersAll });
    },
    onError,
  });

  const status = (u: TUserSummary) => (
    <Badge color={u.isActive ? 'lagoon' : 'gray'} miw="max-content" style={{ flexShrink: 0 }}>
      {u.isActive ? t('users.active') : t('users.inactive')}
    </Badge>
  );
  const toggleButton = (u: TUserSummary) =>
    u.id === session.user.id ? null : (
      <Button
        size="compact-sm"
        variant="default"
        aria-label={t(u.isActive ? 'users.deactivateLabel' : 'users.reactivateLabel', {
          name: u.displayName,
        })}
        loading={toggle.isPending && toggle.variables?.id === u.id}
        onClick={() => toggle.mutate(u)}
      >
        {u.isActive ? t('users.deactivate') : t('users.reactivate')}
      </Button>
    );
  const lastLogin = (u: TUserSummary) =>
    u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('users.never');
  const items = users.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={invite.open}>
            {t('users.invite')}
          </Button>
        }
      />
      <Stack gap="md">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
        {users.isPending ? (
          <PageLoader />
        ) : users.error ? (
          <ErrorAlert error={users.error} />
        ) : items.length === 0 ? (
          <Paper p="lg">
            <EmptyState icon={<IconUsers aria-hidden />} variant="light" title={t('users.empty')} />
          </Paper>
        ) : isWide ? (
          <ScrollTable minWidth={800} label={t('users.tableCaption')}>
            <Table striped verticalSpacing="sm">
              <Table.Caption className="visually-hidden">{t('users.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.name')}</Table.Th>
                  <Table.Th scope="col">{t('users.roles')}</Table.Th>
                  <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
                  <Table.Th scope="col">{t('users.status')}</Table.Th>
                  <Table.Th scope="col">{t('users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row" fw={400}>
                      <Text fw={600} size="sm">
                        {u.displayName}
                      </Text>
                      <Text size="xs" c="dimmed" className="break-anywhere">
                        {u.email}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <UserRoles
                        user={u}
                        protectedMembershipId={session.activeMembershipId}
                        onRemove={(m) => setRemoving({ user: u, membership: m })}
                      />
                    </Table.Td>
                    <Table.Td>{lastLogin(u)}</Table.Td>
                    <Table.Td>{status(u)}</Table.Td>
                    <Table.Td>{toggleButton(u)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((u) => (
              <Card key={u.id} component="li" padding="md">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600}>{u.displayName}</Text>
                    <Text size="sm" c="dimmed" className="break-anywhere">
                      {u.email}
                    </Text>
                  </div>
                  {status(u)}
                </Group>
                <Text size="xs" c="dimmed" mt={6}>
                  {t('users.lastLoginAt', { date: lastLogin(u) })}
                </Text>
                <Stack mt="sm" gap="sm">
                  <UserRoles
                    user={u}
                    protectedMembershipId={session.activeMembershipId}
                    onRemove={(m) => setRemoving({ user: u, membership: m })}
                  />
                  <div>{toggleButton(u)}</div>
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      <InviteUserModal opened={inviteOpened} onClose={invite.close} />
      <ConfirmDialog
        opened={!!removing}
        title={t('users.removeRoleTitle')}
        text={
          removing
            ? t('users.removeRoleText', {
                name: removing.user.displayName,
                role: t(`roles.${removing.membership.role}`),
                organisation: removing.membership.organisationName,
              })
            : ''
        }
        confirmLabel={t('common.confirm')}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
