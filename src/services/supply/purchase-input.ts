import type { Executor } from '../../db/connect';
import { findGrantsByIds } from '../../db/repositories/grants-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { findTier } from '../../db/repositories/spec-tiers-repo';
import { lineTotals, sumTotals } from '../../domain/money/vat';
import { checkAllocationSum } from '../../domain/supply/grant-budget';
import type { TPurchaseOrderParsed } from '../../shared/schemas/purchases';
import type { TFieldError } from '../geo/resolve-address';
import { throwIfFieldErrors } from '../inventory/parse-input';

/**
 * Checks an order as typed (supplier, tiers of the right kind, grants that exist, allocations
 * summing exactly to the total) and computes every line's totals: VAT per line, rounded half
 * up to the cent (src/domain/money/vat.ts).
 */
export async function prepareOrder(ex: Executor, input: TPurchaseOrderParsed) {
  const errors: TFieldError[] = [];
  const supplier = await findOrganisation(ex, input.supplierId);
  if (!supplier || supplier.kind !== 'supplier')
    errors.push({ path: 'supplierId', code: 'supplier_unknown' });
  const lines = await Promise.all(
    input.lines.map(async (l, i) => {
      const tier = await findTier(ex, l.specTierId);
      if (!tier || !tier.isActive)
        errors.push({ path: `lines.${i}.specTierId`, code: 'tier_unknown' });
      else if (tier.kind !== l.kind) {
        errors.push({
          path: `lines.${i}.specTierId`,
          code: 'tier_kind_mismatch',
          params: { kind: tier.kind },
        });
      }
      return {
        position: i + 1,
        kind: l.kind,
        specTierId: l.specTierId,
        specTierNumber: tier?.number ?? 0,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        vatRateBp: l.vatRateBp,
        description: l.description ?? null,
        ...lineTotals(l.unitPriceCents, l.quantity, l.vatRateBp),
      };
    }),
  );
  const totals = sumTotals(lines);
  const found = new Set(
    (
      await findGrantsByIds(
        ex,
        input.grants.map((g) => g.grantId),
      )
    ).map((g) => g.id),
  );
  input.grants.forEach((g, i) => {
    if (!found.has(g.grantId)) errors.push({ path: `grants.${i}.grantId`, code: 'grant_unknown' });
  });
  if (input.grants.length) errors.push(...checkAllocationSum(totals.grossCents, input.grants));
  throwIfFieldErrors(errors, 'The order cannot be saved; nothing was recorded.');
  return { lines, totals, allocations: input.grants };
}
