import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFairness, TWaveSummary } from '../../../domain/allocation-wave';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { FillRate, usePercent } from './allocation-common';

/** Headline figures of a proposal. */
export function WaveFigures({ summary }: { summary: TWaveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = usePercent();
  const x = summary.totals;
  const figures: [string, string][] = [
    [t('allocation.figures.served'), `${format.number(x.served)} / ${format.number(x.demanded)}`],
    [t('allocation.figures.fillRate'), percent(x.fillRate)],
    [
      t('allocation.figures.lines'),
      `${format.number(x.fullyServedLines)} / ${format.number(x.lines)}`,
    ],
    [t('allocation.figures.unmet'), format.number(x.unmetUnits)],
    [t('allocation.figures.stock'), format.number(x.supplyUnits)],
    [t('allocation.figures.distance'), `${format.number(Math.round(x.distanceKm))} km`],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      {figures.map(([label, value]) => (
        <Paper withBorder p="sm" key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="lg">
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function FairnessCard({ title, f }: { title: string; f: TFairness }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="sm">
        {t('allocation.fairness.range', {
          groups: f.groups,
          min: percent(f.min),
          max: percent(f.max),
        })}
      </Text>
      <Text size="sm">
        {t('allocation.fairness.spread', {
          spread: percent(f.spread),
          mean: percent(f.mean),
          stdDev: percent(f.stdDev),
        })}
      </Text>
    </Paper>
  );
}

/** Fill rate per network and per département, and the spread between them. */
export function WaveFairness({ summary }: { summary: TWaveSummary }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wave-fairness">
      <Title order={2} size="h4" id="wave-fairness" mb="xs">
        {t('allocation.fairness.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <FairnessCard title={t('allocation.fairness.byNetwork')} f={summary.fairness.network} />
        <FairnessCard
          title={t('allocation.fairness.byDepartement')}
          f={summary.fairness.departement}
        />
      </SimpleGrid>
    </section>
  );
}

/** Served and demanded units per network. */
export function NetworksTable({ summary }: { summary: TWaveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable minWidth={480} label={t('allocation.tabs.networks')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('allocation.groups.network')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.fill')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.cap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.networks.map((n) => (
            <Table.Tr key={n.networkId ?? 'none'}>
              <Table.Td>{n.networkName ?? t('allocation.noNetwork')}</Table.Td>
              <Table.Td>
                <FillRate served={n.served} demanded={n.demanded} />
              </Table.Td>
              <Table.Td>{n.cap == null ? '—' : format.number(n.cap)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Served and demanded units per département. */
export function DepartementsTable({ summary }: { summary: TWaveSummary }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={360} label={t('allocation.tabs.departements')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('allocation.groups.departement')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.fill')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.departements.map((d) => (
            <Table.Tr key={d.departementCode}>
              <Table.Td>{d.departementCode}</Table.Td>
              <Table.Td>
                <FillRate served={d.served} demanded={d.demanded} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** What leaves each warehouse, by kind, and how far it travels. */
export function WarehousesTable({ summary }: { summary: TWaveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable minWidth={640} label={t('allocation.tabs.warehouses')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('allocation.groups.warehouse')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.used')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.byKind')}</Table.Th>
            <Table.Th scope="col">{t('allocation.groups.distance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.warehouses.map((w) => (
            <Table.Tr key={w.warehouse}>
              <Table.Td>
                {w.hypothetical
                  ? t('allocation.whatIf.place', { departement: w.departementCode })
                  : w.name}
              </Table.Td>
              <Table.Td>
                {t('allocation.groups.usedOf', {
                  used: format.number(w.used),
                  available: format.number(w.available),
                })}
              </Table.Td>
              <Table.Td>
                {Object.entries(w.usedByKind)
                  .map(([k, n]) => `${t(`needs.kinds.${k}`)} × ${format.number(n)}`)
                  .join(', ') || '—'}
              </Table.Td>
              <Table.Td>{`${format.number(Math.round(w.distanceKm))} km`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
