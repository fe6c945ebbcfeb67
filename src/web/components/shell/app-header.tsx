import { Avatar, Burger, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../../hooks/use-session';
import { useSettings } from '../../hooks/use-settings';
import { initialsOf } from '../../lib/session';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';

/**
 * The top bar: menu button on phones, the bank's brand, language, the person and logout. On
 * phones the language switch moves into the menu so the bank's name stays readable.
 */
export function AppHeader({
  navOpened,
  onToggleNav,
  isWide,
}: {
  navOpened: boolean;
  onToggleNav: () => void;
  isWide: boolean;
}) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { bankName } = useSettings();
  return (
    <Group
      h="100%"
      px={{ base: 'xs', sm: 'md' }}
      gap="xs"
      wrap="nowrap"
      justify="space-between"
      preventGrowOverflow={false}
    >
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }} preventGrowOverflow={false}>
        {!isWide && (
          <Burger
            opened={navOpened}
            onClick={onToggleNav}
            size="sm"
            aria-label={navOpened ? t('shell.closeMenu') : t('shell.openMenu')}
            aria-expanded={navOpened}
            aria-controls="main-navigation"
          />
        )}
        <UnstyledButton
          component={Link}
          to="/"
          aria-label={bankName}
          style={{ minWidth: 0, borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Brand />
        </UnstyledButton>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        {isWide && <LanguageSwitch />}
        {isWide && (
          <Group gap="xs" wrap="nowrap" visibleFrom="md">
            <Avatar size="sm" color="brick" aria-hidden>
              {initialsOf(session.user.displayName)}
            </Avatar>
            <Text size="sm" fw={500} truncate="end" maw={160}>
              {session.user.displayName}
            </Text>
          </Group>
        )}
        <LogoutButton compact={!isWide} />
      </Group>
    </Group>
  );
}
