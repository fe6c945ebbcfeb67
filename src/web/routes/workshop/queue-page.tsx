import { useState } from 'react';
import { Anchor, Badge, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getWorkshopQueue, QUEUE_STAGES } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { deviceName, StateBadge, useLocations, WORKSHOP_KEY } from './workshop-common';

/** The workshop queue: devices waiting for a step at the operator's locations, oldest first. */
export function QueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const locations = useLocations();
  const [locationId, setLocationId] = useState('');
  const q = useQuery({
    queryKey: [...WORKSHOP_KEY, 'queue', locationId],
    queryFn: () => getWorkshopQueue(locationId || undefined),
  });
  return (
    <>
      <PageHeader title={t('workshop.queue.title')} intro={t('workshop.queue.intro')} />
      <Paper p="md" mb="md">
        <Select
          label={t('workshop.common.location')}
          data={[
            { value: '', label: t('workshop.common.allLocations') },
            ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
          ]}
          value={locationId}
          onChange={(v) => setLocationId(v ?? '')}
          allowDeselect={false}
          maw={360}
        />
      </Paper>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Paper p="sm">
          <Group gap="xs" mb="sm" aria-label={t('workshop.queue.counts')} role="group">
            {QUEUE_STAGES.map((s) => (
              <Badge
                key={s}
                variant="dot"
                style={{ textTransform: 'none' }}
                color={q.data.counts[s] ? 'lagoon' : 'gray'}
              >
                {t('workshop.queue.stageCount', {
                  stage: t(`workshop.stage.${s}`),
                  count: q.data.counts[s],
                })}
              </Badge>
            ))}
          </Group>
          {q.data.items.length === 0 ? (
            <Text>{t('workshop.queue.empty')}</Text>
          ) : (
            <ScrollTable minWidth={760} label={t('workshop.queue.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workshop.common.assetTag')}</Table.Th>
                    <Table.Th>{t('workshop.common.model')}</Table.Th>
                    <Table.Th>{t('workshop.common.state')}</Table.Th>
                    <Table.Th>{t('workshop.queue.stage')}</Table.Th>
                    <Table.Th>{t('workshop.queue.drives')}</Table.Th>
                    <Table.Th>{t('workshop.common.location')}</Table.Th>
                    <Table.Th>{t('workshop.common.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.items.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/devices/${d.id}`} ff="monospace">
                          {d.assetTag}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{deviceName(t, d)}</Table.Td>
                      <Table.Td>
                        <StateBadge state={d.state} />
                      </Table.Td>
                      <Table.Td>{t(`workshop.stage.${d.stage}`)}</Table.Td>
                      <Table.Td>
                        {t('workshop.queue.drivesCount', {
                          cleared: d.drives.cleared,
                          total: d.drives.total,
                        })}
                      </Table.Td>
                      <Table.Td>{d.locationName ?? '—'}</Table.Td>
                      <Table.Td>{format.date(d.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
    </>
  );
}
