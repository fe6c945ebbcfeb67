import { AppShell, Divider, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingStore,
  IconBuildingWarehouse,
  IconChecklist,
  IconArrowsSplit,
  IconClipboardList,
  IconCoins,
  IconGift,
  IconReceipt,
  IconShoppingCart,
  IconDevicesPc,
  IconFileImport,
  IconFlag,
  IconHome,
  IconInbox,
  IconAlertOctagon,
  IconHeartHandshake,
  IconListCheck,
  IconTruck,
  IconTruckDelivery,
  IconPackageImport,
  IconListDetails,
  IconMail,
  IconMapPin,
  IconMessageQuestion,
  IconPackages,
  IconStairs,
  IconSettings,
  IconTool,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRequiredSession } from '../../hooks/use-session';
import { activeMembership } from '../../lib/session';
import { isNavItemActive, navItemsFor, type TNavIcon } from '../../lib/nav';
import { LanguageSwitch } from './language-switch';
import { RoleSwitcher } from './role-switcher';

const ICONS: Record<TNavIcon, Icon> = {
  home: IconHome,
  allocation: IconArrowsSplit,
  workshop: IconTool,
  reception: IconPackageImport,
  devices: IconDevicesPc,
  stock: IconBuildingWarehouse,
  locations: IconMapPin,
  items: IconPackages,
  tiers: IconStairs,
  organisation: IconBuildingStore,
  organisations: IconBuildingCommunity,
  users: IconUsers,
  audit: IconListDetails,
  outbox: IconMail,
  settings: IconSettings,
  beneficiaries: IconUsersGroup,
  requests: IconClipboardList,
  applications: IconInbox,
  review: IconChecklist,
  donations: IconGift,
  receipts: IconReceipt,
  purchases: IconShoppingCart,
  grants: IconCoins,
  campaigns: IconFlag,
  imports: IconFileImport,
  shipments: IconTruckDelivery,
  pickLists: IconListCheck,
  discrepancies: IconAlertOctagon,
  handovers: IconHeartHandshake,
  followUps: IconMessageQuestion,
  carriers: IconTruck,
};

/** The navigation of the active role, with the role switcher and the signed-in person. */
export function AppNav({ onNavigate, isWide }: { onNavigate: () => void; isWide: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useRequiredSession();
  const active = activeMembership(session);
  const items = navItemsFor(active?.role ?? null, active?.organisationId ?? null);
  return (
    <>
      <AppShell.Section p="md">
        <Stack gap="md">
          {!isWide && <LanguageSwitch />}
          <RoleSwitcher />
        </Stack>
      </AppShell.Section>
      <Divider />
      <AppShell.Section grow component={ScrollArea} p="sm">
        <Stack gap={4}>
          {items.map((item) => {
            const IconComponent = ICONS[item.icon];
            const isActive = isNavItemActive(item, pathname);
            return (
              <NavLink
                key={item.key}
                component={Link}
                to={item.to}
                label={t(item.labelKey)}
                leftSection={<IconComponent size={20} stroke={1.6} aria-hidden />}
                active={isActive}
                aria-current={isActive ? 'page' : undefined}
                onClick={onNavigate}
                fw={isActive ? 600 : 500}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <Divider />
      <AppShell.Section p="md">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('shell.account')}
        </Text>
        <Text size="sm" fw={600} className="break-anywhere">
          {session.user.displayName}
        </Text>
        <Text size="xs" c="dimmed" className="break-anywhere">
          {session.user.email}
        </Text>
      </AppShell.Section>
    </>
  );
}
