import type { ReactNode } from 'react';
import { Badge, Checkbox, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TShipment } from '../../api/logistics';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}

const addressText = (delivery: Record<string, unknown> | null) =>
  delivery
    ? ['label', 'line1', 'line2', 'postalCode', 'communeName']
        .map((k) => delivery[k])
        .filter((v) => typeof v === 'string' && v)
        .join(', ')
    : '';

/** Who, where, when: the statuses with their dates, the carrier and the tracking. */
export function ShipmentSummary({ shipment: s }: { shipment: TShipment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const at = (v: string | null) => (v ? format.dateTime(v) : '—');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-summary">
      <Title order={2} size="h4" id="shipment-summary" mb="sm">
        {t('logistics.shipment.summary')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Fact label={t('logistics.list.structure')}>{s.structure.name}</Fact>
        <Fact label={t('logistics.list.warehouse')}>{s.warehouse.name}</Fact>
        <Fact label={t('logistics.shipment.address')}>{addressText(s.delivery) || '—'}</Fact>
        <Fact label={t('logistics.shipment.plannedOn')}>
          {s.plannedOn ? format.date(s.plannedOn) : '—'}
          {s.postponeReason ? ` (${s.postponeReason})` : ''}
        </Fact>
        <Fact label={t('logistics.status.packed')}>{at(s.packedAt)}</Fact>
        <Fact label={t('logistics.status.shipped')}>{at(s.shippedAt)}</Fact>
        <Fact label={t('logistics.status.delivered')}>{at(s.deliveredAt)}</Fact>
        <Fact label={t('logistics.status.received')}>{at(s.receivedAt)}</Fact>
        <Fact label={t('logistics.ship.carrier')}>
          {s.carrier ? `${s.carrier.name}${s.service ? ` — ${s.service}` : ''}` : '—'}
        </Fact>
        <Fact label={t('logistics.shipment.tracking')}>{s.trackingNumbers.join(', ') || '—'}</Fact>
        <Fact label={t('logistics.ship.cost')}>
          {s.costCents === null ? '—' : format.currency(s.costCents)}
        </Fact>
      </SimpleGrid>
      {s.tracking.length > 0 && (
        <List size="sm" mt="sm" aria-label={t('logistics.shipment.trackingEvents')}>
          {s.tracking.map((e, i) => (
            <List.Item key={i}>
              {format.dateTime(e.at)} — {t(`logistics.tracking.${e.status}`, e.status)} ({e.source})
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The units of a shipment; coordinators tick some to split them off. */
export function ShipmentUnits({
  shipment: s,
  selected,
  onToggle,
}: {
  shipment: TShipment;
  selected?: Set<string>;
  onToggle?: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-units">
      <Title order={2} size="h4" id="shipment-units" mb="sm">
        {t('logistics.shipment.units', { count: s.units.length })}
      </Title>
      <ScrollTable minWidth={720} label={t('logistics.shipment.unitsTable')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              {onToggle && <Table.Th>{t('logistics.arrange.select')}</Table.Th>}
              <Table.Th>{t('logistics.shipment.assetTag')}</Table.Th>
              <Table.Th>{t('logistics.shipment.kind')}</Table.Th>
              <Table.Th>{t('logistics.shipment.model')}</Table.Th>
              <Table.Th>{t('logistics.shipment.shelf')}</Table.Th>
              <Table.Th>{t('logistics.status.packed')}</Table.Th>
              <Table.Th>{t('logistics.shipment.reception')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.units.map((u) => (
              <Table.Tr key={u.id}>
                {onToggle && (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('logistics.arrange.selectUnit', {
                        assetTag: u.device.assetTag,
                      })}
                      checked={selected?.has(u.id) ?? false}
                      onChange={() => onToggle(u.id)}
                    />
                  </Table.Td>
                )}
                <Table.Td ff="monospace">
                  {u.device.assetTag}
                  {u.substitutedDeviceId && (
                    <Badge ml={4} size="xs" variant="outline" color="violet.9">
                      {t('logistics.pack.substitute')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {t(`workshop.kind.${u.device.kind}`)}
                  {u.device.tier
                    ? ` · ${t('logistics.shipment.tier', { tier: u.device.tier })}`
                    : ''}
                </Table.Td>
                <Table.Td>
                  {[u.device.brand, u.device.model].filter(Boolean).join(' ') || '—'}
                </Table.Td>
                <Table.Td>{u.device.shelfCode ?? '—'}</Table.Td>
                <Table.Td>{u.packedAt ? format.dateTime(u.packedAt) : '—'}</Table.Td>
                <Table.Td>
                  {u.receptionResult ? t(`logistics.reception.${u.receptionResult}`) : '—'}
                  {u.receptionComment ? ` — ${u.receptionComment}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/** Pallets, boxes (in their pallet) and accessories packed. */
export function ShipmentPackages({ shipment: s }: { shipment: TShipment }) {
  const { t } = useTranslation();
  if (s.parcels.length === 0 && s.accessories.length === 0) return null;
  const kg = (g: number | null) => (g ? ` — ${(g / 1000).toLocaleString()} kg` : '');
  const name = (p: TShipment['parcels'][number]) =>
    `${t(`logistics.parcel.${p.kind}`)} ${p.label ?? ''}`.trim() + kg(p.weightGrams);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-packages">
      <Title order={2} size="h4" id="shipment-packages" mb="sm">
        {t('logistics.pack.packages')}
      </Title>
      <Stack gap="xs">
        <List size="sm">
          {s.parcels
            .filter((p) => !p.parentId)
            .map((p) => (
              <List.Item key={p.id}>
                {name(p)}
                <List withPadding size="sm">
                  {s.parcels
                    .filter((b) => b.parentId === p.id)
                    .map((b) => (
                      <List.Item key={b.id}>{name(b)}</List.Item>
                    ))}
                </List>
              </List.Item>
            ))}
        </List>
        {s.accessories.length > 0 && (
          <Text size="sm">
            {t('logistics.pack.accessoriesList', {
              list: s.accessories.map((a) => `${a.name} × ${a.quantity}`).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
