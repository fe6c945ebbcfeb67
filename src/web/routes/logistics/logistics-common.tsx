import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TAction } from '../../../domain/policy';
import type { TShipmentStatus } from '../../../shared/logistics';
import { useActiveMembership } from '../../hooks/use-session';
import { ApiError, fieldErrorKey } from '../../lib/api-error';
import { roleCan } from '../../lib/access';

const STATUS_COLOR: Record<TShipmentStatus, string> = {
  planned: 'blue.9',
  packed: 'violet.9',
  shipped: 'grape.9',
  delivered: 'teal.9',
  received: 'lagoon.9',
  cancelled: 'gray.8',
};

/** A shipment's status, as a badge. */
export function ShipmentStatusBadge({ status }: { status: TShipmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled">
      {t(`logistics.status.${status}`)}
    </Badge>
  );
}

/** Whether the active role may do an action (the server checks again). */
export function useCan(action: TAction): boolean {
  return roleCan(useActiveMembership()?.role, action);
}

/** A field error code in words: logistics' own codes first, then the shared ones. */
export function logisticsFieldError(t: TFunction, code: string | undefined): string | undefined {
  if (!code) return undefined;
  return t(`logistics.fields.${code}`, { defaultValue: t(fieldErrorKey(code)) });
}

/** The field errors of an API error, by path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    const fields = (error.details?.fields ?? []) as { path: string; code: string }[];
    for (const f of fields) if (!(f.path in out)) out[f.path] = f.code;
  }
  return out;
}

/** Why a scan was refused, in words (the server's `reason`), or null for other errors. */
export function scanRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'logistics.scan_refused') return null;
  const reason = String(error.details?.reason ?? 'unknown');
  const units = error.details?.expectedUnits;
  const expected = Array.isArray(units)
    ? (units as { kind: string; tier: number; earmarked: boolean }[])
        .map((u) =>
          t('logistics.expectedUnit', {
            kind: t(`needs.kinds.${u.kind}`),
            tier: u.tier,
            context: u.earmarked ? 'earmarked' : undefined,
          }),
        )
        .join(', ')
    : Array.isArray(error.details?.expected)
      ? (error.details.expected as string[]).join(', ')
      : '';
  return t(`logistics.scanReason.${reason}`, {
    defaultValue: t('errors.logistics.scan_refused'),
    assetTag: String(error.details?.assetTag ?? error.details?.code ?? ''),
    expected,
  });
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Reads an image file as a data URL, shrunk to fit 1600 px and re-encoded as JPEG so a phone
 * photo stays under the server's 1 MB limit.
 */
export async function imageFileToDataUrl(file: File): Promise<string> {
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const el = new Image();
      el.onload = () => resolve(el);
      el.onerror = () => reject(new Error('image'));
      el.src = url;
    });
    const scale = Math.min(1, 1600 / Math.max(img.naturalWidth, img.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.8);
  } finally {
    URL.revokeObjectURL(url);
  }
}
