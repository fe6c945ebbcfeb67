import { Alert, Badge, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TDeviceState } from '../../../shared/inventory';
import { listLocations } from '../../api/inventory';
import { ApiError, fieldErrorKey, errorMessageKey } from '../../lib/api-error';

/** Query key prefix of the workshop area (invalidated after every write). */
export const WORKSHOP_KEY = ['workshop'] as const;

/** The locations the actor may see (bank staff: all; operators: their workshop's). */
export function useLocations() {
  return useQuery({ queryKey: [...WORKSHOP_KEY, 'locations'], queryFn: () => listLocations() });
}

const STATE_COLOURS: Partial<Record<TDeviceState, string>> = {
  expected: 'gray',
  ready: 'green',
  reserved: 'blue',
  parts: 'orange',
  recycled: 'dark',
  lost: 'red',
};

/** A device state as a badge (the text carries the meaning, the colour only helps). */
export function StateBadge({ state }: { state: TDeviceState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" style={{ textTransform: 'none' }} color={STATE_COLOURS[state] ?? 'lagoon'}>
      {t(`workshop.state.${state}`)}
    </Badge>
  );
}

/** The guard messages of src/domain/device/lifecycle.ts, matched to their translations. */
const MISSING: [RegExp, string][] = [
  [/^no drive recorded for this/, 'noDrive'],
  [/^drive (.+) has no successful erasure or recorded destruction$/, 'driveNotCleared'],
  [/^no appearance grade$/, 'noAppearance'],
  [/^no function grade$/, 'noFunction'],
  [/^function grade D/, 'functionD'],
  [/^appearance grade E/, 'appearanceE'],
  [/^no recycler's receipt reference$/, 'noReceipt'],
  [/^no reason given$/, 'noReason'],
];

/** One unmet condition of a transition, in the interface language (the drive named). */
export function translateMissing(t: TFunction, missing: string): string {
  for (const [re, key] of MISSING) {
    const m = re.exec(missing);
    if (m) return t(`workshop.missing.${key}`, { drive: m[1] ?? '' });
  }
  return missing;
}

/** A field error code of the inventory API, translated (generic texts as fallback). */
export function translateFieldCode(t: TFunction, code: string, params?: Record<string, unknown>) {
  const own = `workshop.fieldCodes.${code}`;
  const state = typeof params?.state === 'string' ? t(`workshop.state.${params.state}`) : '';
  const text = t(own, { ...params, state });
  return text === own ? t(fieldErrorKey(code)) : text;
}

/**
 * Field errors of an API refusal, translated and keyed by the field's top path segment
 * (`lat`, `departementCode`…), to show each next to its field.
 */
export function fieldErrorMap(t: TFunction, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const f of error.fields) {
    const key = f.path.split('.')[0] ?? f.path;
    if (!(key in out)) out[key] = translateFieldCode(t, f.code, f.params);
  }
  return out;
}

/** Whether an error still needs a general alert once field errors sit next to their fields. */
export function needsAlert(error: unknown, shown: readonly string[]): boolean {
  if (!error) return false;
  if (!(error instanceof ApiError) || !error.fields.length) return true;
  return error.fields.some((f) => !shown.includes(f.path.split('.')[0] ?? f.path));
}

/** What a refusal of the API says, as a headline and the list of reasons. */
export function describeRefusal(
  t: TFunction,
  error: unknown,
): { headline: string; reasons: string[] } {
  if (error instanceof ApiError && error.code === 'state.invalid') {
    const d = error.details ?? {};
    const event = typeof d.event === 'string' ? t(`workshop.event.${d.event}`) : '';
    if (d.code === 'guard_failed' && Array.isArray(d.missing)) {
      return {
        headline: t('workshop.refusal.guard', { event }),
        reasons: d.missing.map((m) => translateMissing(t, String(m))),
      };
    }
    const from = d.from ?? d.state;
    if (typeof from === 'string') {
      return {
        headline: t('workshop.refusal.notAllowed', {
          event: event || t('workshop.refusal.title'),
          state: t(`workshop.state.${from}`),
        }),
        reasons: [],
      };
    }
  }
  if (error instanceof ApiError && error.fields.length) {
    return {
      headline: t(errorMessageKey(error)),
      reasons: error.fields.map((f) => translateFieldCode(t, f.code, f.params)),
    };
  }
  return { headline: t(errorMessageKey(error)), reasons: [] };
}

/** A refused action, explained: what was refused and what is missing. */
export function RefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { headline, reasons } = describeRefusal(t, error);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('workshop.refusal.title')}
      role="alert"
    >
      <Text size="sm">{headline}</Text>
      {reasons.length > 0 && (
        <List size="sm" mt="xs">
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** "Lenovo ThinkPad T480", or the kind when brand and model are unknown. */
export function deviceName(
  t: TFunction,
  d: { brand: string | null; model: string | null; kind: string },
) {
  return [d.brand, d.model].filter(Boolean).join(' ') || t(`workshop.kind.${d.kind}`);
}
