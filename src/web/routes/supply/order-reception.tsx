import { useState } from 'react';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DRIVE_TYPES } from '../../../shared/inventory';
import { RETURN_REASONS } from '../../../shared/supply-enums';
import type { TReceivedUnit } from '../../../shared/schemas/purchases';
import { listLocations, receiveOrder, supplyKeys, type TOrderDetail } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { Section, supplyFieldError } from './supply-common';

interface TLineValues {
  accepted: number | string;
  serials: string;
  ramGb: number | string;
  storageGb: number | string;
  storageType: string | null;
  battery: number | string;
  returned: number | string;
  returnReason: string | null;
}
const empty = (): TLineValues => ({
  accepted: '',
  serials: '',
  ramGb: '',
  storageGb: '',
  storageType: 'ssd',
  battery: '',
  returned: '',
  returnReason: 'damaged',
});
const n = (v: number | string) => (v === '' ? undefined : Number(v));

/**
 * A delivery received against a confirmed order (partial deliveries are separate receptions):
 * units with the specs measured on the batch, checked by the server against the line's tier
 * (units below it are returned), and units sent back with a reason.
 */
export function OrderReception({ order }: { order: TOrderDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locations = useQuery({ queryKey: supplyKeys.locations, queryFn: listLocations });
  const [locationId, setLocationId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [values, setValues] = useState<Record<string, TLineValues>>({});
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const options = (locations.data ?? []).map((l) => ({
    value: l.id,
    label: l.code ? `${l.name} (${l.code})` : l.name,
  }));
  const location = locationId ?? (options.length === 1 ? options[0]!.value : null);
  const get = (id: string) => values[id] ?? empty();
  const patch = (id: string, p: Partial<TLineValues>) =>
    setValues((v) => ({ ...v, [id]: { ...(v[id] ?? empty()), ...p } }));

  async function submit() {
    setError(null);
    setFieldError(null);
    if (!location) {
      setFieldError('required');
      return;
    }
    const units: TReceivedUnit[] = order.lines.flatMap((l) => {
      const v = get(l.id);
      const serials = v.serials
        .split(/[\n,;]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const count = serials.length || Number(v.accepted || 0);
      const specs = {
        ramMb: n(v.ramGb) === undefined ? undefined : Math.round(Number(v.ramGb) * 1024),
        storageGb: n(v.storageGb),
        storageType: (v.storageType ?? undefined) as never,
        batteryHealthPct: n(v.battery),
      };
      const ok = Array.from({ length: count }, (_, i) => ({
        lineId: l.id,
        serial: serials[i],
        ...specs,
      }));
      const back = Array.from({ length: Number(v.returned || 0) }, () => ({
        lineId: l.id,
        rejectReason: (v.returnReason ?? 'other') as never,
      }));
      return [...ok, ...back];
    });
    if (!units.length) {
      setFieldError('nothing_received');
      return;
    }
    setBusy(true);
    try {
      await receiveOrder(order.id, {
        locationId: location,
        deliveryNoteRef: note.trim() || undefined,
        units,
      });
      setValues({});
      setNote('');
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.orders.received', { count: units.length }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="po-reception" title={t('supply.orders.receive')}>
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('supply.reception.location')}
          required
          data={options}
          value={location}
          onChange={setLocationId}
          error={supplyFieldError(t, fieldError === 'required' ? 'required' : undefined)}
        />
        <TextInput
          label={t('supply.orders.deliveryNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </SimpleGrid>
      {order.lines.map((l) => {
        const v = get(l.id);
        return (
          <Fieldset
            key={l.id}
            legend={t('supply.orders.receiveLine', {
              kind: t(`supply.kinds.${l.kind}`),
              tier: l.specTierNumber,
              received: l.received,
              quantity: l.quantity,
            })}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NumberInput
                label={t('supply.orders.unitsAccepted')}
                min={0}
                value={v.accepted}
                onChange={(x) => patch(l.id, { accepted: x })}
              />
              <NumberInput
                label={t('supply.orders.ramGb')}
                min={0}
                value={v.ramGb}
                onChange={(x) => patch(l.id, { ramGb: x })}
              />
              <NumberInput
                label={t('supply.orders.storageGb')}
                min={0}
                value={v.storageGb}
                onChange={(x) => patch(l.id, { storageGb: x })}
              />
              <Select
                label={t('supply.orders.storageType')}
                data={DRIVE_TYPES.map((d) => ({ value: d, label: d.toUpperCase() }))}
                value={v.storageType}
                onChange={(x) => patch(l.id, { storageType: x })}
              />
              <NumberInput
                label={t('supply.orders.battery')}
                min={0}
                max={100}
                value={v.battery}
                onChange={(x) => patch(l.id, { battery: x })}
              />
              <Textarea
                label={t('supply.reception.serials')}
                description={t('supply.reception.serialsHint')}
                autosize
                minRows={1}
                maxRows={8}
                value={v.serials}
                onChange={(e) => patch(l.id, { serials: e.currentTarget.value })}
              />
              <NumberInput
                label={t('supply.orders.unitsReturned')}
                min={0}
                value={v.returned}
                onChange={(x) => patch(l.id, { returned: x })}
              />
              <Select
                label={t('supply.orders.returnReason')}
                allowDeselect={false}
                data={RETURN_REASONS.map((r) => ({
                  value: r,
                  label: t(`supply.returnReasons.${r}`),
                }))}
                value={v.returnReason}
                onChange={(x) => patch(l.id, { returnReason: x })}
              />
            </SimpleGrid>
          </Fieldset>
        );
      })}
      {fieldError === 'nothing_received' && (
        <div role="alert">{supplyFieldError(t, 'nothing_received')}</div>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={busy}>
          {t('supply.orders.receiveSubmit')}
        </Button>
      </Group>
    </Section>
  );
}
