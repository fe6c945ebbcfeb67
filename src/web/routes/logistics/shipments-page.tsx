import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SHIPMENT_STATUSES, type TShipmentStatus } from '../../../shared/logistics';
import { listShipments, logisticsKeys } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { ShipmentStatusBadge, useCan } from './logistics-common';

const uniqueBy = (rows: { id: string; name: string }[]) =>
  [...new Map(rows.map((r) => [r.id, { value: r.id, label: r.name }])).values()].sort((a, b) =>
    a.label.localeCompare(b.label),
  );

/** Shipments: the bank's, filtered by status, warehouse and structure; a structure's own. */
export function ShipmentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const isBank = useCan('shipment.manage');
  const [status, setStatus] = useState<TShipmentStatus | null>(null);
  const [warehouse, setWarehouse] = useState<string | null>(null);
  const [structure, setStructure] = useState<string | null>(null);
  const query = { status, warehouseLocationId: warehouse, structureId: structure, limit: 200 };
  const list = useQuery({
    queryKey: logisticsKeys.shipments(query),
    queryFn: () => listShipments(query),
  });
  // The filters offer the warehouses and structures that have shipments.
  const all = useQuery({
    queryKey: logisticsKeys.shipments({ limit: 200 }),
    queryFn: () => listShipments({ limit: 200 }),
    enabled: isBank,
  });
  const items = all.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('logistics.nav.shipments')}
        intro={isBank ? t('logistics.list.introBank') : t('logistics.list.introStructure')}
        actions={
          isBank && (
            <Button
              component={Link}
              to="/shipments/tracking-import"
              variant="light"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('logistics.trackingImport.open')}
            </Button>
          )
        }
      />
      <Paper p="sm" mb="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('logistics.list.status')}
            placeholder={t('logistics.list.any')}
            data={SHIPMENT_STATUSES.map((s) => ({ value: s, label: t(`logistics.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as TShipmentStatus | null)}
            clearable
            w={200}
          />
          {isBank && (
            <>
              <Select
                label={t('logistics.list.warehouse')}
                placeholder={t('logistics.list.any')}
                data={uniqueBy(items.map((s) => s.warehouse))}
                value={warehouse}
                onChange={setWarehouse}
                clearable
                w={240}
              />
              <Select
                label={t('logistics.list.structure')}
                placeholder={t('logistics.list.any')}
                data={uniqueBy(items.map((s) => s.structure))}
                value={structure}
                onChange={setStructure}
                clearable
                searchable
                w={280}
              />
            </>
          )}
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('logistics.list.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={760} label={t('logistics.nav.shipments')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('logistics.shipment.reference')}</Table.Th>
                  <Table.Th>{t('logistics.list.status')}</Table.Th>
                  <Table.Th>{t('logistics.list.structure')}</Table.Th>
                  <Table.Th>{t('logistics.list.warehouse')}</Table.Th>
                  <Table.Th>{t('logistics.shipment.plannedOn')}</Table.Th>
                  <Table.Th>{t('logistics.list.packed')}</Table.Th>
                  <Table.Th>{t('logistics.shipment.tracking')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/shipments/${s.id}`}>
                        {s.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ShipmentStatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>{s.structure.name}</Table.Td>
                    <Table.Td>{s.warehouse.name}</Table.Td>
                    <Table.Td>{s.plannedOn ? format.date(s.plannedOn) : '—'}</Table.Td>
                    <Table.Td>
                      {s.packed} / {s.units}
                    </Table.Td>
                    <Table.Td className="break-anywhere">
                      {s.trackingNumbers.join(', ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      )}
    </>
  );
}
