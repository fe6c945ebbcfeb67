import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allocationKeys, getRequestAllocations } from '../../api/allocation';
import { ErrorAlert } from '../../components/common/error-alert';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';

/** The devices reserved for a request, as its structure and the bank see them. */
export function RequestAllocations({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const q = useQuery({
    queryKey: allocationKeys.requestAllocations(requestId),
    queryFn: () => getRequestAllocations(requestId),
  });
  if (q.isPending) return null;
  if (q.error) return <ErrorAlert error={q.error} />;
  const items = q.data.items;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-allocations">
      <Title order={2} size="h4" id="request-allocations" mb="xs">
        {t('allocation.request.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('allocation.request.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('allocation.request.intro', { count: items.length })}
          </Text>
          <ScrollTable minWidth={620} label={t('allocation.request.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('allocation.request.assetTag')}</Table.Th>
                  <Table.Th scope="col">{t('allocation.request.device')}</Table.Th>
                  <Table.Th scope="col">{t('allocation.request.from')}</Table.Th>
                  <Table.Th scope="col">{t('allocation.request.wave')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d) => (
                  <Table.Tr key={d.deviceId}>
                    <Table.Td ff="monospace">{d.assetTag}</Table.Td>
                    <Table.Td>
                      {[t(`needs.kinds.${d.kind}`), d.brand, d.model].filter(Boolean).join(' · ')}
                      {d.tier != null && (
                        <Text size="xs" c="dimmed">
                          {t('allocation.tier', { tier: d.tier })}
                          {d.grade ? ` · ${t('allocation.request.grade', { grade: d.grade })}` : ''}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{d.locationName ?? '—'}</Table.Td>
                    <Table.Td>
                      {d.wave}
                      <Text size="xs" c="dimmed">
                        {format.date(d.reservedAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Paper>
  );
}
