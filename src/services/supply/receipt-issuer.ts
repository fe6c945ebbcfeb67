import type { Executor } from '../../db/connect';
import { readSettings, writeSettings } from '../../db/repositories/settings-repo';
import { missingIssuerFields, type TReceiptIssuer } from '../../domain/supply/tax-receipt';
import { ZReceiptIssuer, type TReceiptIssuerInput } from '../../shared/schemas/tax-receipts';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';

/** Settings key of the bank's details printed on tax receipts. */
export const RECEIPT_ISSUER_KEY = 'tax_receipt_issuer';

/** The bank's details as beneficiary, and what is missing to issue receipts. */
export async function getReceiptIssuer(
  ex: Executor,
): Promise<{ issuer: TReceiptIssuer | null; missing: string[] }> {
  const stored = (await readSettings(ex))[RECEIPT_ISSUER_KEY];
  const parsed = ZReceiptIssuer.safeParse(stored);
  const issuer = parsed.success ? parsed.data : null;
  return {
    issuer,
    missing: missingIssuerFields(issuer ?? (stored as Partial<TReceiptIssuer> | null)),
  };
}

/** Sets the bank's details (admins), audited. Receipts already issued keep the old details. */
export async function updateReceiptIssuer(ctx: ServiceContext, raw: TReceiptIssuerInput) {
  const input = parseInput(ZReceiptIssuer, raw);
  return ctx.db.transaction(async (tx) => {
    const before = await getReceiptIssuer(tx);
    await writeSettings(tx, { [RECEIPT_ISSUER_KEY]: input }, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'receipt.issuer.update',
      entityType: 'settings',
      entityId: RECEIPT_ISSUER_KEY,
      before: before.issuer,
      after: input,
    });
    return { issuer: input, missing: [] as string[] };
  });
}
