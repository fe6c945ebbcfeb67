/**
 * Splitting an amount of cents across several parties (grants) in proportion to weights,
 * exactly: the largest remainder method (Hamilton). Each share is the floor of its exact quota,
 * then the cents left over go one each to the largest fractional remainders (ties to the
 * earlier party). The shares always sum to the amount, to the cent. Integer arithmetic only.
 */

/** Splits `amountCents` (≥ 0) in proportion to `weights` (≥ 0, not all 0 unless amount is 0). */
export function splitLargestRemainder(amountCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError('amount must be a whole non-negative number of cents');
  }
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0)
      throw new RangeError('weights must be whole and non-negative');
  }
  const total = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0n) {
    if (amountCents === 0) return weights.map(() => 0);
    throw new RangeError('cannot split a positive amount over zero weights');
  }
  const amount = BigInt(amountCents);
  const shares = weights.map((w) => (amount * BigInt(w)) / total);
  const remainders = weights.map((w, i) => ({ i, r: (amount * BigInt(w)) % total }));
  let left = amount - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] = shares[i]! + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/**
 * Splits a charge across grants in proportion to what is still to charge to each
 * (`remaining`), so that successive partial charges never exceed any grant's remaining part
 * and the last charge (amount = sum of remaining) takes exactly what is left of each.
 */
export function splitAgainstRemaining(amountCents: number, remaining: readonly number[]): number[] {
  const sum = remaining.reduce((s, r) => s + r, 0);
  if (amountCents > sum) throw new RangeError('charge exceeds what is left to charge');
  return splitLargestRemainder(amountCents, remaining);
}
