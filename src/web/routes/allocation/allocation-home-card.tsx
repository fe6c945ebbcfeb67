import { Anchor, Button, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allocationKeys, getWaveChoices, listWaves } from '../../api/allocation';
import { useFormat } from '../../hooks/use-format';
import { WaveStatusBadge } from './allocation-common';

/** The coordinators' home: ready stock, approved units waiting, the latest waves. */
export function AllocationHomeCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const base = useQuery({
    queryKey: allocationKeys.choices(null),
    queryFn: () => getWaveChoices(null),
  });
  const open = base.data?.campaigns.find((c) => c.status === 'open') ?? null;
  const demand = useQuery({
    queryKey: allocationKeys.choices(open?.id ?? null),
    queryFn: () => getWaveChoices(open!.id),
    enabled: !!open,
  });
  const waves = useQuery({
    queryKey: allocationKeys.waves({ home: true }),
    queryFn: () => listWaves({ limit: 3 }),
  });
  if (!base.data) return null;
  return (
    <Paper p="lg" component="section" aria-labelledby="home-allocation">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Title order={2} size="h3" id="home-allocation">
          {t('allocation.home.title')}
        </Title>
        <Button component={Link} to="/allocation/new">
          {t('allocation.list.new')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <div>
          <Text fz={28} fw={700} lh={1.1} c="brick.8">
            {format.number(base.data.stock.units)}
          </Text>
          <Text size="sm">{t('allocation.home.ready')}</Text>
        </div>
        {open && demand.data && (
          <div>
            <Text fz={28} fw={700} lh={1.1} c="brick.8">
              {format.number(demand.data.demand.units)}
            </Text>
            <Text size="sm">
              {t('allocation.home.waiting', {
                lines: format.number(demand.data.demand.lines),
                campaign: open.name,
              })}
            </Text>
          </div>
        )}
      </SimpleGrid>
      {waves.data && waves.data.items.length > 0 ? (
        <List spacing="xs">
          {waves.data.items.map((w) => (
            <List.Item key={w.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/allocation/${w.id}`}>
                  {w.reference}
                </Anchor>
                <WaveStatusBadge status={w.status} whatIf={w.whatIf} />
                <Text size="sm">
                  {t('allocation.home.served', {
                    served: format.number(w.served),
                    demanded: format.number(w.demanded),
                  })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('allocation.list.empty')}</Text>
      )}
    </Paper>
  );
}
