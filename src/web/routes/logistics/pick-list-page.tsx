import { Anchor, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getPickList, logisticsKeys, pickListPdfUrl } from '../../api/logistics';
import { listLocations } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';

/** The units to pick at a warehouse, in shelf order, on screen and as a PDF. */
export function PickListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const locationId = params.get('warehouse');
  const locations = useQuery({
    queryKey: ['logistics', 'locations'],
    queryFn: () => listLocations(),
  });
  const warehouses = (locations.data ?? []).filter((l) => l.kind === 'warehouse');
  const list = useQuery({
    queryKey: logisticsKeys.pickList(locationId ?? ''),
    queryFn: () => getPickList(locationId!),
    enabled: !!locationId,
  });
  return (
    <>
      <PageHeader title={t('logistics.nav.pickLists')} intro={t('logistics.pick.intro')} />
      <Paper p="sm" mb="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('logistics.list.warehouse')}
            data={warehouses.map((l) => ({ value: l.id, label: l.name }))}
            value={locationId}
            onChange={(v) => setParams(v ? { warehouse: v } : {})}
            searchable
            w={280}
          />
          {locationId && (
            <Button
              component="a"
              href={pickListPdfUrl(locationId)}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
            >
              {t('logistics.pick.pdf')}
            </Button>
          )}
        </Group>
      </Paper>
      <ErrorAlert error={locations.error ?? list.error} />
      {!locationId ? (
        <Paper p="lg">
          <Text>{t('logistics.pick.choose')}</Text>
        </Paper>
      ) : list.isPending ? (
        <PageLoader />
      ) : list.data && list.data.lines.length === 0 ? (
        <Paper p="lg">
          <Text>{t('logistics.pick.empty')}</Text>
        </Paper>
      ) : (
        list.data && (
          <Paper p="sm">
            <Text size="sm" mb="xs">
              {t('logistics.pick.count', { count: list.data.lines.length })}
            </Text>
            <ScrollTable minWidth={720} label={t('logistics.pick.table')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('logistics.shipment.shelf')}</Table.Th>
                    <Table.Th>{t('logistics.shipment.assetTag')}</Table.Th>
                    <Table.Th>{t('logistics.shipment.kind')}</Table.Th>
                    <Table.Th>{t('logistics.shipment.model')}</Table.Th>
                    <Table.Th>{t('logistics.shipment.reference')}</Table.Th>
                    <Table.Th>{t('logistics.list.structure')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.lines.map((l) => (
                    <Table.Tr key={l.unitId}>
                      <Table.Td>{l.shelfCode ?? '—'}</Table.Td>
                      <Table.Td ff="monospace">{l.assetTag}</Table.Td>
                      <Table.Td>
                        {t(`workshop.kind.${l.kind}`)}
                        {l.tier ? ` · ${t('logistics.shipment.tier', { tier: l.tier })}` : ''}
                      </Table.Td>
                      <Table.Td>{l.brandModel || '—'}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/shipments/${l.shipmentId}/pack`}>
                          {l.shipment}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{l.structureName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Paper>
        )
      )}
    </>
  );
}
