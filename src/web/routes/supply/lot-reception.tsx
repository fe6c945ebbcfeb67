import { useState } from 'react';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Text,
  Textarea,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SUPPLY_LIMITS } from '../../../shared/supply-enums';
import { ApiError } from '../../api/client';
import {
  completeReception,
  listLocations,
  receiveLotDevices,
  supplyKeys,
  type TLotDetail,
} from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { Section, supplyFieldError } from './supply-common';

const serialsOf = (s: string) =>
  s
    .split(/[\n,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Counting a collected lot at the warehouse: devices recorded per line (each gets its record
 * and asset tag; serials when typed), then the end of counting with a reason for every line
 * whose count differs from the declaration — differences are recorded, never fixed silently.
 */
export function LotReception({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locations = useQuery({ queryKey: supplyKeys.locations, queryFn: listLocations });
  const [locationId, setLocationId] = useState<string | null>(null);
  const [counts, setCounts] = useState<Record<string, number | string>>({});
  const [serials, setSerials] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'record' | 'complete' | null>(null);
  const canRecord = lot.status === 'collected';
  const canComplete = lot.allowedEvents.includes('complete_reception');
  if (!canRecord && !canComplete) return null;
  const options = (locations.data ?? []).map((l) => ({
    value: l.id,
    label: l.code ? `${l.name} (${l.code})` : l.name,
  }));
  const location = locationId ?? (options.length === 1 ? options[0]!.value : null);

  async function record() {
    setError(null);
    setErrors({});
    if (!location) {
      setErrors({ locationId: 'required' });
      return;
    }
    const devices = lot.lines.flatMap((l) => {
      const typed = serialsOf(serials[l.id] ?? '');
      const n = typed.length || Number(counts[l.id] ?? 0) || 0;
      return Array.from({ length: n }, (_, i) => ({
        lineId: l.id,
        serial: typed[i],
        brand: l.brand ?? undefined,
        model: l.model ?? undefined,
      }));
    });
    if (!devices.length) {
      setErrors({ devices: 'nothing_received' });
      return;
    }
    setBusy('record');
    try {
      for (let i = 0; i < devices.length; i += SUPPLY_LIMITS.devicesPerReception) {
        const batch = devices.slice(i, i + SUPPLY_LIMITS.devicesPerReception);
        await receiveLotDevices(lot.id, { locationId: location, devices: batch });
      }
      setCounts({});
      setSerials({});
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.reception.recorded', { count: devices.length }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function complete() {
    setError(null);
    setErrors({});
    setBusy('complete');
    try {
      await completeReception(lot.id, {
        discrepancies: lot.lines
          .filter((l) => l.receivedCount !== l.count)
          .map((l) => ({ lineId: l.id, reason: (reasons[l.id] ?? '').trim() })),
      });
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.actions.done.complete_reception'));
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) {
        const byLine: Record<string, string> = {};
        for (const f of e.fields) {
          const lineId = String(f.params?.lineId ?? '');
          if (lineId) byLine[`reason.${lineId}`] = f.code;
        }
        setErrors(byLine);
        if (Object.keys(byLine).length === e.fields.length) return;
      }
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const differing = lot.lines.filter((l) => l.receivedCount !== l.count);
  return (
    <Section id="lot-reception" title={t('supply.reception.title')}>
      <Text size="sm">{t('supply.reception.intro')}</Text>
      <ErrorAlert error={error} />
      {canRecord && (
        <>
          <Select
            label={t('supply.reception.location')}
            required
            data={options}
            value={location}
            onChange={setLocationId}
            error={supplyFieldError(t, errors.locationId)}
            w={{ base: '100%', sm: 360 }}
          />
          {lot.lines.map((l) => (
            <Fieldset
              key={l.id}
              legend={t('supply.reception.lineLegend', {
                kind: t(`supply.kinds.${l.kind}`),
                model: [l.brand, l.model].filter(Boolean).join(' ') || '—',
                received: l.receivedCount,
                expected: l.count,
              })}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NumberInput
                  label={t('supply.reception.unitsNow')}
                  description={t('supply.reception.unitsHint')}
                  min={0}
                  value={counts[l.id] ?? ''}
                  onChange={(v) => setCounts((c) => ({ ...c, [l.id]: v }))}
                />
                <Textarea
                  label={t('supply.reception.serials')}
                  description={t('supply.reception.serialsHint')}
                  autosize
                  minRows={2}
                  maxRows={10}
                  value={serials[l.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setSerials((s) => ({ ...s, [l.id]: value }));
                  }}
                />
              </SimpleGrid>
            </Fieldset>
          ))}
          {errors.devices && (
            <Text size="sm" c="red.9" role="alert">
              {supplyFieldError(t, errors.devices)}
            </Text>
          )}
          <Group>
            <Button onClick={() => void record()} loading={busy === 'record'}>
              {t('supply.reception.record')}
            </Button>
          </Group>
        </>
      )}
      {canComplete && (
        <Fieldset legend={t('supply.reception.completeLegend')}>
          {differing.length === 0 ? (
            <Text size="sm">{t('supply.reception.allMatch')}</Text>
          ) : (
            differing.map((l) => (
              <Textarea
                key={l.id}
                mb="sm"
                required
                label={t('supply.reception.reasonFor', {
                  kind: t(`supply.kinds.${l.kind}`),
                  expected: l.count,
                  received: l.receivedCount,
                })}
                autosize
                minRows={2}
                value={reasons[l.id] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setReasons((r) => ({ ...r, [l.id]: value }));
                }}
                error={supplyFieldError(t, errors[`reason.${l.id}`], {
                  expected: l.count,
                  received: l.receivedCount,
                })}
              />
            ))
          )}
          <Group mt="sm">
            <Button onClick={() => void complete()} loading={busy === 'complete'}>
              {t('supply.actions.complete_reception')}
            </Button>
          </Group>
        </Fieldset>
      )}
    </Section>
  );
}
