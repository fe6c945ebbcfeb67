import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../hooks/use-session';

/** « Se déconnecter »: a labelled button on wide screens, an icon button with the same name on phones. */
export function LogoutButton({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const label = t('shell.logout');
  if (compact) {
    return (
      <Tooltip label={label}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={label}
          loading={logout.isPending}
          onClick={() => logout.mutate()}
        >
          <IconLogout size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Button
      variant="default"
      leftSection={<IconLogout size={16} aria-hidden />}
      loading={logout.isPending}
      onClick={() => logout.mutate()}
    >
      {label}
    </Button>
  );
}
