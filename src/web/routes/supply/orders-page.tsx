import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PURCHASE_STATUSES } from '../../../shared/supply-enums';
import { listOrders, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { OrderStatusBadge, SupplyPages } from './supply-common';

const LIMIT = 25;

/** Purchase orders of refurbished devices, newest first. */
export function OrdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useActiveMembership()?.role;
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: supplyKeys.orders({ status, page }),
    queryFn: () =>
      listOrders({ status: status ?? undefined, limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  return (
    <>
      <PageHeader
        title={t('supply.nav.purchases')}
        intro={t('supply.orders.intro')}
        actions={
          roleCan(role, 'purchase.write') && (
            <Button
              component={Link}
              to="/purchases/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('supply.orders.new')}
            </Button>
          )
        }
      />
      <Paper p="sm" mb="md">
        <Group>
          <Select
            label={t('supply.lots.filterStatus')}
            placeholder={t('supply.lots.allStatuses')}
            clearable
            data={PURCHASE_STATUSES.map((s) => ({ value: s, label: t(`supply.orderStatus.${s}`) }))}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('supply.orders.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={720} label={t('supply.nav.purchases')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.orders.number')}</Table.Th>
                  <Table.Th>{t('supply.lot.status')}</Table.Th>
                  <Table.Th>{t('supply.orders.supplier')}</Table.Th>
                  <Table.Th>{t('supply.orders.net')}</Table.Th>
                  <Table.Th>{t('supply.orders.gross')}</Table.Th>
                  <Table.Th>{t('supply.orders.expected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/purchases/${o.id}`}>
                        {o.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={o.status} />
                    </Table.Td>
                    <Table.Td>{o.supplier.name}</Table.Td>
                    <Table.Td>{format.currency(o.netCents)}</Table.Td>
                    <Table.Td>{format.currency(o.grossCents)}</Table.Td>
                    <Table.Td>
                      {o.expectedDeliveryOn ? format.date(o.expectedDeliveryOn) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <SupplyPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
        </Paper>
      )}
    </>
  );
}
