import type { THandoverForm } from '../../shared/logistics';

/** The terms of a handover as entered. */
export interface THandoverTerms {
  form: THandoverForm;
  handedOverOn: string;
  priceCents?: number | null | undefined;
  returnDueOn?: string | null | undefined;
}

/** A field error in the shape every API uses. */
export interface TTermsError {
  path: string;
  code: string;
}

/**
 * Checks the form of a handover: a loan needs a return date after the handover, a sale a price,
 * a gift neither. Dates are ISO days (YYYY-MM-DD), compared as strings.
 */
export function checkHandoverTerms(t: THandoverTerms, today: string): TTermsError[] {
  const errors: TTermsError[] = [];
  if (t.handedOverOn > today) errors.push({ path: 'handedOverOn', code: 'date_in_future' });
  if (t.form === 'loan') {
    if (!t.returnDueOn) errors.push({ path: 'returnDueOn', code: 'required' });
    else if (t.returnDueOn <= t.handedOverOn) {
      errors.push({ path: 'returnDueOn', code: 'return_before_handover' });
    }
  } else if (t.returnDueOn) {
    errors.push({ path: 'returnDueOn', code: 'loan_only' });
  }
  if (t.form === 'sale') {
    if (t.priceCents == null) errors.push({ path: 'priceCents', code: 'required' });
  } else if (t.priceCents != null) {
    errors.push({ path: 'priceCents', code: 'sale_only' });
  }
  return errors;
}

/** Adds whole days to an ISO day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The key grouping requests into one shipment per delivery address. */
export function deliveryKey(
  addressId: string | null,
  address: { line1: string; postalCode: string; communeCode: string },
): string {
  return (
    addressId ??
    `${address.line1.trim().toLowerCase()}|${address.postalCode}|${address.communeCode}`
  );
}
