import { TIERED_KINDS, type TNeedKind } from '../../../shared/needs-enums';
import type { TRequestInput } from '../../../shared/schemas/requests';
import type { TRequestDetail } from '../../api/needs';
import { formPathMatcher } from '../../lib/field-errors';

/** A line as the form holds it (strings for selects, '' for an empty number). */
export interface TLine {
  kind: string;
  quantity: number | string;
  minTier: string;
  beneficiaryIds: string[];
}

/** The request form's values. */
export interface TValues {
  campaignId: string;
  networkId: string;
  deliveryAddressId: string;
  preferredFrom: string;
  preferredTo: string;
  urgency: string;
  urgencyReason: string;
  urgencyText: string;
  comment: string;
  lines: TLine[];
}

export const isoIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const emptyLine = (): TLine => ({ kind: '', quantity: 1, minTier: '', beneficiaryIds: [] });
export const isTiered = (k: string) => (TIERED_KINDS as readonly string[]).includes(k);

/** A new request's starting values. */
export function blankValues(): TValues {
  return {
    campaignId: '',
    networkId: '',
    deliveryAddressId: '',
    preferredFrom: isoIn(7),
    preferredTo: isoIn(30),
    urgency: 'normal',
    urgencyReason: '',
    urgencyText: '',
    comment: '',
    lines: [emptyLine()],
  };
}

/** A saved request (draft or waiting for information) as form values, to edit it. */
export function valuesOf(r: TRequestDetail): TValues {
  return {
    campaignId: r.campaign.id,
    networkId: r.network?.id ?? '',
    deliveryAddressId: r.deliveryAddressId ?? '',
    preferredFrom: r.preferredFrom,
    preferredTo: r.preferredTo,
    urgency: r.urgency,
    urgencyReason: r.urgencyReason ?? '',
    urgencyText: r.urgencyText ?? '',
    comment: r.comment ?? '',
    lines: r.lines.map((l) => ({
      kind: l.kind,
      quantity: l.quantity,
      minTier: l.minTier ? String(l.minTier) : '',
      beneficiaryIds: l.beneficiaries.map((b) => b.id),
    })),
  };
}

/** The form's values as the API's input. */
export function toInput(v: TValues): TRequestInput {
  const urgent = v.urgency !== 'normal';
  return {
    campaignId: v.campaignId,
    networkId: v.networkId || null,
    deliveryAddressId: v.deliveryAddressId,
    preferredFrom: v.preferredFrom,
    preferredTo: v.preferredTo,
    urgency: v.urgency as TRequestInput['urgency'],
    urgencyReason: urgent && v.urgencyReason ? (v.urgencyReason as never) : null,
    urgencyText: urgent ? v.urgencyText.trim() || null : null,
    comment: v.comment.trim() || null,
    lines: v.lines.map((l) => ({
      kind: l.kind as TNeedKind,
      quantity: l.quantity === '' ? NaN : Number(l.quantity),
      minTier: isTiered(l.kind) && l.minTier ? Number(l.minTier) : null,
      beneficiaryIds: l.beneficiaryIds,
    })),
  };
}

/** Which API field paths the form can show. */
export const isPath = formPathMatcher(
  [
    'campaignId',
    'networkId',
    'deliveryAddressId',
    'preferredFrom',
    'preferredTo',
    'urgency',
    'urgencyReason',
    'urgencyText',
    'comment',
    'lines',
  ],
  { lines: ['kind', 'quantity', 'minTier', 'beneficiaryIds'] },
);
