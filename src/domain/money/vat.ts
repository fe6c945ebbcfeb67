/**
 * VAT on purchase lines, in integer cents. Rule (documented in
 * docs/decisions/0008-tax-receipts-and-money.md): VAT is computed once per line on the line's
 * net total (unit price × quantity) and rounded half up to the cent; the order's totals are
 * the sums of its lines. No floating point: the product is computed with BigInt.
 */

/** A VAT rate in basis points: 2000 = 20 %, 550 = 5.5 %, 0 = exempt. */
export type TVatRateBp = number;

/** Largest rate accepted (100 %). */
export const MAX_VAT_RATE_BP = 10_000;
/** Largest amount handled, in cents (10 billion euros): far above any order, far below 2^53. */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

/** The totals of one line. */
export interface TLineTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

function assertCents(value: number, what: string) {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_AMOUNT_CENTS) {
    throw new RangeError(
      `${what} must be a whole number of cents between 0 and ${MAX_AMOUNT_CENTS}`,
    );
  }
}

/**
 * `numerator / denominator` rounded half up (both non-negative BigInts): the rounding rule of
 * every division of money in Passerelle.
 */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('non-negative operands expected');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** VAT on a net amount, rounded half up to the cent. */
export function vatOf(netCents: number, rateBp: TVatRateBp): number {
  assertCents(netCents, 'net amount');
  if (!Number.isInteger(rateBp) || rateBp < 0 || rateBp > MAX_VAT_RATE_BP) {
    throw new RangeError('VAT rate must be whole basis points between 0 and 10000');
  }
  return Number(divRoundHalfUp(BigInt(netCents) * BigInt(rateBp), 10_000n));
}

/** Net, VAT and gross of a line: unit price (excl. VAT) × quantity, VAT rounded per line. */
export function lineTotals(
  unitPriceCents: number,
  quantity: number,
  rateBp: TVatRateBp,
): TLineTotals {
  assertCents(unitPriceCents, 'unit price');
  if (!Number.isSafeInteger(quantity) || quantity < 0)
    throw new RangeError('quantity must be a whole number');
  const net = BigInt(unitPriceCents) * BigInt(quantity);
  if (net > BigInt(MAX_AMOUNT_CENTS)) throw new RangeError('line total too large');
  const netCents = Number(net);
  const vatCents = vatOf(netCents, rateBp);
  return { netCents, vatCents, grossCents: netCents + vatCents };
}

/** Sums of several lines' totals (exact integer sums). */
export function sumTotals(lines: readonly TLineTotals[]): TLineTotals {
  return lines.reduce(
    (acc, l) => ({
      netCents: acc.netCents + l.netCents,
      vatCents: acc.vatCents + l.vatCents,
      grossCents: acc.grossCents + l.grossCents,
    }),
    { netCents: 0, vatCents: 0, grossCents: 0 },
  );
}

/**
 * The part of a line's gross amount that `units` of its `quantity` units represent, so that
 * partial deliveries add up to the line's gross exactly: value(k) = round_half_up(gross × k /
 * quantity), and a delivery of n units after k is worth value(k + n) − value(k) (never negative,
 * and value(quantity) = gross).
 */
export function cumulativeLineValue(grossCents: number, quantity: number, units: number): number {
  assertCents(grossCents, 'gross amount');
  if (!Number.isSafeInteger(quantity) || quantity <= 0)
    throw new RangeError('quantity must be positive');
  if (!Number.isSafeInteger(units) || units < 0 || units > quantity) {
    throw new RangeError('units must be between 0 and quantity');
  }
  return Number(divRoundHalfUp(BigInt(grossCents) * BigInt(units), BigInt(quantity)));
}
