import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allocationKeys, listWaves } from '../../api/allocation';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { FillRate, WaveStatusBadge } from './allocation-common';

const LIMIT = 25;

/** Allocation waves, newest first, and the way to start a new one. */
export function WavesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: allocationKeys.waves({ offset }),
    queryFn: () => listWaves({ limit: LIMIT, offset }),
  });
  return (
    <>
      <PageHeader
        title={t('allocation.nav.waves')}
        intro={t('allocation.list.intro')}
        actions={
          <Button component={Link} to="/allocation/new">
            {t('allocation.list.new')}
          </Button>
        }
      />
      {q.isPending && <PageLoader />}
      <ErrorAlert error={q.error} />
      {q.data && q.data.items.length === 0 && <Text>{t('allocation.list.empty')}</Text>}
      {q.data && q.data.items.length > 0 && (
        <ScrollTable minWidth={720} label={t('allocation.list.table')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('allocation.list.wave')}</Table.Th>
                <Table.Th scope="col">{t('allocation.list.campaign')}</Table.Th>
                <Table.Th scope="col">{t('allocation.list.status')}</Table.Th>
                <Table.Th scope="col">{t('allocation.list.served')}</Table.Th>
                <Table.Th scope="col">{t('allocation.list.ranAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/allocation/${w.id}`}>
                      {w.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{w.campaignName}</Table.Td>
                  <Table.Td>
                    <WaveStatusBadge status={w.status} whatIf={w.whatIf} />
                  </Table.Td>
                  <Table.Td>
                    <FillRate served={w.served} demanded={w.demanded} />
                  </Table.Td>
                  <Table.Td>{format.dateTime(w.ranAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {q.data && q.data.total > LIMIT && (
        <Group mt="md">
          <Button
            variant="default"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            {t('common.previous')}
          </Button>
          <Button
            variant="default"
            disabled={offset + LIMIT >= q.data.total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            {t('common.next')}
          </Button>
        </Group>
      )}
    </>
  );
}
