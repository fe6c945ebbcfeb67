import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconBuildingStore,
  IconBuildingWarehouse,
  IconCoin,
  IconGift,
  IconHeartHandshake,
  IconPlus,
  IconTool,
  IconTruckDelivery,
  IconWifi,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TOrganisationKind } from '../../../shared/enums';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { homeCounts } from '../../lib/home';
import { NeedsHomeCard } from '../needs/needs-home-card';
import { AllocationHomeCard } from '../allocation/allocation-home-card';
import { HomeTasks } from './home-tasks';

const KIND_ICONS: Record<TOrganisationKind, Icon> = {
  bank: IconBuildingCommunity,
  structure: IconHeartHandshake,
  network: IconBuildingCommunity,
  donor: IconGift,
  funder: IconCoin,
  workshop: IconTool,
  warehouse: IconBuildingWarehouse,
  supplier: IconTruckDelivery,
  telecom: IconWifi,
  welcome_point: IconBuildingStore,
};

/**
 * Coordinators' and admins' home: what waits across the network (applications, lots,
 * purchases, shipments, discrepancies, loans), needs, allocation, and the network in figures,
 * each figure a link to its list.
 */
export function BankHome({ counts }: { counts: Record<string, number> | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const membership = useActiveMembership();
  const canCreate = roleCan(membership?.role, 'organisation.create');
  const canAllocate = roleCan(membership?.role, 'allocation.read');
  return (
    <Stack gap="xl">
      <HomeTasks />
      <NeedsHomeCard side="bank" />
      {canAllocate && <AllocationHomeCard />}
      <section aria-labelledby="home-counts">
        <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
          <div>
            <Title order={2} id="home-counts">
              {t('home.bank.countsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('home.bank.countsIntro')}
            </Text>
          </div>
          {canCreate && (
            <Button
              component={Link}
              to="/organisations/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('home.bank.addOrganisation')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing={{ base: 'xs', sm: 'md' }}>
          {homeCounts(counts).map(({ kind, count }) => {
            const KindIcon = KIND_ICONS[kind] ?? IconBuildingFactory2;
            return (
              <Card
                key={kind}
                component={Link}
                to={`/organisations?kind=${kind}`}
                padding="sm"
                style={{ textDecoration: 'none' }}
              >
                <Group wrap="nowrap" gap="md">
                  <ThemeIcon size={44} radius="md" variant="light" aria-hidden visibleFrom="xs">
                    <KindIcon size={24} stroke={1.6} />
                  </ThemeIcon>
                  <div>
                    <Text fz={28} fw={700} lh={1.1} c="brick.8">
                      {format.number(count)}
                    </Text>
                    <Text size="sm" fw={500}>
                      {t(`kindsPlural.${kind}`)}
                    </Text>
                  </div>
                </Group>
              </Card>
            );
          })}
        </SimpleGrid>
        <Button component={Link} to="/organisations" variant="subtle" mt="sm" px={0}>
          {t('home.bank.seeAll')}
        </Button>
      </section>
    </Stack>
  );
}
