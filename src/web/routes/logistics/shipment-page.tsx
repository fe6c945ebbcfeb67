import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconScan, IconPackageImport } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPEN_SHIPMENT_STATUSES } from '../../../shared/logistics';
import { deliveryNoteUrl, getShipment, logisticsKeys, type TShipment } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { DiscrepancyCard } from './discrepancy-resolve';
import { ShipmentStatusBadge, useCan } from './logistics-common';
import { ShipmentArrange } from './shipment-arrange';
import { ShipmentPackages, ShipmentSummary, ShipmentUnits } from './shipment-parts';
import { MarkDelivered, ShipForm } from './ship-form';

function ShipmentBody({ shipment: s }: { shipment: TShipment }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = useCan('shipment.manage');
  const canResolve = useCan('discrepancy.resolve');
  const [selected, setSelected] = useState(() => new Set<string>());
  const open = OPEN_SHIPMENT_STATUSES.includes(s.status);
  const refresh = () => {
    setSelected(new Set());
    void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
  };
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Stack gap="lg">
      <Group>
        <ShipmentStatusBadge status={s.status} />
      </Group>
      <ShipmentSummary shipment={s} />
      {s.mergedIntoId && (
        <Paper p="sm">
          <Anchor component={Link} to={`/shipments/${s.mergedIntoId}`}>
            {t('logistics.shipment.mergedInto')}
          </Anchor>
        </Paper>
      )}
      <ShipmentUnits
        shipment={s}
        selected={selected}
        onToggle={canManage && open ? toggle : undefined}
      />
      <ShipmentPackages shipment={s} />
      {canManage && open && (
        <ShipmentArrange shipment={s} selectedUnits={[...selected]} onDone={refresh} />
      )}
      {canManage && open && <ShipForm shipment={s} onDone={refresh} />}
      {canManage && s.status === 'shipped' && <MarkDelivered shipment={s} onDone={refresh} />}
      {s.discrepancies.length > 0 && (
        <section aria-labelledby="shipment-discrepancies">
          <Title order={2} size="h4" id="shipment-discrepancies" mb="sm">
            {t('logistics.discrepancy.listTitle')}
          </Title>
          <Stack gap="sm">
            {s.discrepancies.map((d) => (
              <DiscrepancyCard key={d.id} d={d} canResolve={canResolve} onDone={refresh} />
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}

/** One shipment: its contents, arrangement, carrier, documents and differences. */
export function ShipmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canPack = useCan('shipment.pack');
  const canReceive = useCan('shipment.receive');
  const q = useQuery({ queryKey: logisticsKeys.shipment(id), queryFn: () => getShipment(id) });
  const s = q.data;
  return (
    <>
      <PageHeader
        title={
          s
            ? t('logistics.shipment.title', { reference: s.reference })
            : t('logistics.nav.shipments')
        }
        intro={s ? `${s.structure.name} · ${s.warehouse.name}` : undefined}
        before={
          <Anchor component={Link} to="/shipments" size="sm">
            {t('logistics.back')}
          </Anchor>
        }
        actions={
          s && (
            <Group gap="sm">
              <Button
                component="a"
                href={deliveryNoteUrl(s.id)}
                target="_blank"
                rel="noopener"
                variant="default"
                leftSection={<IconFileTypePdf size={16} aria-hidden />}
              >
                {t('logistics.shipment.deliveryNote')}
              </Button>
              {canPack && OPEN_SHIPMENT_STATUSES.includes(s.status) && (
                <Button
                  component={Link}
                  to={`/shipments/${s.id}/pack`}
                  leftSection={<IconScan size={16} aria-hidden />}
                >
                  {t('logistics.pack.open')}
                </Button>
              )}
              {canReceive && ['shipped', 'delivered'].includes(s.status) && (
                <Button
                  component={Link}
                  to={`/shipments/${s.id}/receive`}
                  leftSection={<IconPackageImport size={16} aria-hidden />}
                >
                  {t('logistics.reception.open')}
                </Button>
              )}
            </Group>
          )
        }
      />
      {q.isPending && <PageLoader />}
      <ErrorAlert error={q.error} />
      {s && <ShipmentBody shipment={s} />}
      {s?.status === 'cancelled' && <Text mt="md">{t('logistics.shipment.cancelled')}</Text>}
    </>
  );
}
