import { Alert, Anchor, Group, List, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listItems } from '../../api/inventory-admin';
import type { TCountDevice, TCountResult, TStockCount } from '../../api/stock-counts';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { WORKSHOP_KEY } from './workshop-common';

/** Item names by id (for the differences and the result). */
export function useItemNames(): Map<string, string> {
  const q = useQuery({ queryKey: [...WORKSHOP_KEY, 'items'], queryFn: () => listItems() });
  return new Map((q.data ?? []).map((i) => [i.id, `${i.name} (${i.code})`]));
}

function Figure({ label, value }: { label: string; value: number }) {
  const format = useFormat();
  return (
    <Paper p="sm" withBorder>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl">
        {format.number(value)}
      </Text>
    </Paper>
  );
}

function DeviceTable({ title, devices }: { title: string; devices: TCountDevice[] }) {
  const { t } = useTranslation();
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      {devices.length === 0 ? (
        <Text size="sm">{t('workshop.count.none')}</Text>
      ) : (
        <ScrollTable minWidth={440} label={title}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshop.common.assetTag')}</Table.Th>
                <Table.Th>{t('workshop.common.model')}</Table.Th>
                <Table.Th>{t('workshop.common.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/devices/${d.id}`} ff="monospace">
                      {d.assetTag}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{d.model ?? t(`workshop.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>{t(`workshop.state.${d.state}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

/** What the count found so far: figures, missing and unexpected devices, quantity gaps. */
export function CountDifferences({
  count,
  itemNames,
}: {
  count: TStockCount;
  itemNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = (id: string) => itemNames.get(id) ?? id;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('workshop.count.scans')} value={count.scans.length} />
        <Figure label={t('workshop.count.presentCount')} value={count.present} />
        <Figure label={t('workshop.count.missingCount')} value={count.missing.length} />
        <Figure label={t('workshop.count.unexpectedCount')} value={count.unexpected.length} />
      </SimpleGrid>
      <DeviceTable title={t('workshop.count.missing')} devices={count.missing} />
      <DeviceTable title={t('workshop.count.unexpectedTitle')} devices={count.unexpected} />
      <Paper p="md">
        <Title order={2} size="h3" mb="xs">
          {t('workshop.count.itemsTitle')}
        </Title>
        {count.itemDifferences.length === 0 ? (
          <Text size="sm">{t('workshop.count.none')}</Text>
        ) : (
          <ScrollTable minWidth={440} label={t('workshop.count.itemsTitle')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workshop.stock.item')}</Table.Th>
                  <Table.Th ta="right">{t('workshop.count.recorded')}</Table.Th>
                  <Table.Th ta="right">{t('workshop.count.counted')}</Table.Th>
                  <Table.Th ta="right">{t('workshop.count.gap')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {count.itemDifferences.map((d) => (
                  <Table.Tr key={d.itemId}>
                    <Table.Td>{name(d.itemId)}</Table.Td>
                    <Table.Td ta="right">{format.number(d.recorded)}</Table.Td>
                    <Table.Td ta="right">{format.number(d.counted)}</Table.Td>
                    <Table.Td ta="right">
                      {d.delta > 0 ? '+' : ''}
                      {format.number(d.delta)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {count.uncountedItemIds.length > 0 && (
          <Text size="sm" mt="sm">
            {t('workshop.count.uncounted', {
              items: count.uncountedItemIds.map(name).join(', '),
            })}
          </Text>
        )}
      </Paper>
      {count.unknownCodes.length > 0 && (
        <Paper p="md">
          <Title order={2} size="h3" mb="xs">
            {t('workshop.count.unknownTitle')}
          </Title>
          <Group gap="xs">
            {count.unknownCodes.map((c) => (
              <Text key={c} ff="monospace" size="sm" className="break-anywhere">
                {c}
              </Text>
            ))}
          </Group>
        </Paper>
      )}
    </>
  );
}

/** What confirmation changed, through the ledger. */
export function CountResult({
  result,
  itemNames,
}: {
  result: TCountResult;
  itemNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light">
      <Text size="sm" fw={700} mb="xs">
        {t('workshop.count.resultTitle')}
      </Text>
      <List size="sm">
        <List.Item>
          {t('workshop.count.resultLost', {
            count: result.lost.length,
            tags: result.lost.join(', '),
          })}
        </List.Item>
        <List.Item>
          {t('workshop.count.resultMoved', {
            count: result.moved.length,
            tags: result.moved.join(', '),
          })}
        </List.Item>
        {result.items.map((d) => (
          <List.Item key={d.itemId}>
            {t('workshop.count.resultItem', {
              name: itemNames.get(d.itemId) ?? d.itemId,
              recorded: d.recorded,
              counted: d.counted,
            })}
          </List.Item>
        ))}
        {result.unresolved.map((u) => (
          <List.Item key={u.deviceId}>
            {t('workshop.count.resultUnresolved', {
              assetTag: u.assetTag,
              state: t(`workshop.state.${u.state}`),
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('workshop.count.resultEvents', { count: result.eventIds.length })}
      </Text>
    </Alert>
  );
}
