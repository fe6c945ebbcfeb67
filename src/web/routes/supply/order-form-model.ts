import { lineTotals, sumTotals } from '../../../domain/money/vat';
import type { TPurchaseOrderInput } from '../../../shared/schemas/purchases';
import type { TOrderDetail } from '../../api/supply';
import { formPathMatcher } from '../../lib/field-errors';
import { eurosToCents } from './supply-common';
import { num, opt } from './supply-form';

/** The purchase order form's values: amounts typed in euros, rates in percent. */
export interface TOrderLineValues {
  kind: string;
  specTierId: string;
  quantity: number | string;
  unitPrice: string;
  vatRate: string;
  description: string;
}
interface TAlloc {
  grantId: string;
  amount: string;
}
export interface TOrderValues {
  supplierId: string;
  supplierReference: string;
  expectedDeliveryOn: string;
  notes: string;
  lines: TOrderLineValues[];
  grants: TAlloc[];
}

export const emptyOrderLine = (): TOrderLineValues => ({
  kind: 'laptop',
  specTierId: '',
  quantity: 1,
  unitPrice: '',
  vatRate: '20',
  description: '',
});

export const emptyOrderValues = (): TOrderValues => ({
  supplierId: '',
  supplierReference: '',
  expectedDeliveryOn: '',
  notes: '',
  lines: [emptyOrderLine()],
  grants: [{ grantId: '', amount: '' }],
});

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** A saved order as the form shows it (editing a draft). */
export function orderValues(order: TOrderDetail): TOrderValues {
  return {
    supplierId: order.supplier.id,
    supplierReference: order.supplierReference ?? '',
    expectedDeliveryOn: order.expectedDeliveryOn ?? '',
    notes: order.notes ?? '',
    lines: order.lines.map((l) => ({
      kind: l.kind,
      specTierId: l.specTierId,
      quantity: l.quantity,
      unitPrice: euros(l.unitPriceCents),
      vatRate: String(l.vatRateBp / 100).replace('.', ','),
      description: l.description ?? '',
    })),
    grants: order.grants.map((g) => ({ grantId: g.grantId, amount: euros(g.amountCents) })),
  };
}

/** The API's body from the form (cents and basis points). */
export function toOrderInput(v: TOrderValues): TPurchaseOrderInput {
  return {
    supplierId: v.supplierId,
    supplierReference: opt(v.supplierReference),
    expectedDeliveryOn: v.expectedDeliveryOn || undefined,
    notes: opt(v.notes),
    lines: v.lines.map((l) => ({
      kind: l.kind as never,
      specTierId: l.specTierId,
      quantity: num(l.quantity),
      unitPriceCents: eurosToCents(l.unitPrice),
      vatRateBp: eurosToCents(l.vatRate),
      description: opt(l.description),
    })),
    grants: v.grants
      .filter((g) => g.grantId)
      .map((g) => ({ grantId: g.grantId, amountCents: eurosToCents(g.amount) })),
  };
}

/** The order's totals (excl. VAT, VAT, incl. VAT), or null while a line is incomplete. */
export function orderTotals(input: TPurchaseOrderInput) {
  try {
    return sumTotals(
      input.lines.map((l) => lineTotals(l.unitPriceCents, l.quantity, l.vatRateBp ?? 2000)),
    );
  } catch {
    return null;
  }
}

/** Cents already given to grants in the form. */
export function allocatedCents(input: TPurchaseOrderInput) {
  return (input.grants ?? []).reduce(
    (s, g) => s + (Number.isFinite(g.amountCents) ? g.amountCents : 0),
    0,
  );
}

/** True for an API error path shown next to a field. */
export const isOrderPath = formPathMatcher(
  ['supplierId', 'supplierReference', 'expectedDeliveryOn', 'notes', 'lines', 'grants'],
  {
    lines: ['kind', 'specTierId', 'quantity', 'unitPriceCents', 'vatRateBp', 'description'],
    grants: ['grantId', 'amountCents'],
  },
);
const FORM_NAMES: Record<string, string> = {
  unitPriceCents: 'unitPrice',
  vatRateBp: 'vatRate',
  amountCents: 'amount',
};
/** An API path ("lines.0.unitPriceCents") as the form's field ("lines.0.unitPrice"). */
export const toOrderFormPath = (p: string) =>
  p.replace(/\.(\w+)$/, (_m, f: string) => `.${FORM_NAMES[f] ?? f}`);
