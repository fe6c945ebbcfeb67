import { createHash } from 'node:crypto';
import type { Executor } from '../../db/connect';
import { takeNextNumber } from '../../db/repositories/document-counters-repo';
import { lotGoods, type TLotRow } from '../../db/repositories/donation-lots-repo';
import { findOrganisation, listAddresses } from '../../db/repositories/organisations-repo';
import {
  cancelReceiptRow,
  findReceipt,
  insertReceipt,
  issuedReceiptsOfLot,
  type TReceiptRow,
} from '../../db/repositories/tax-receipts-repo';
import { GOODS_RECEIVED_STATUSES } from '../../domain/supply/donation-lifecycle';
import { parisDate, parisYear } from '../../domain/supply/dates';
import {
  describeGoods,
  formatReceiptNumber,
  LEGAL_BASIS,
  sirenOf,
  type TReceiptContent,
} from '../../domain/supply/tax-receipt';
import { AppError } from '../../shared/app-error';
import type { TGiftForm } from '../../shared/supply-enums';
import {
  ZCancelReceiptInput,
  ZCorrectReceiptInput,
  ZIssueReceiptInput,
  type TCorrectReceiptInput,
  type TIssueReceiptInput,
} from '../../shared/schemas/tax-receipts';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { loadLotFor } from './lot-access';
import { getReceiptIssuer } from './receipt-issuer';

/** JSON with keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields a receipt is issued with. */
interface TReceiptFields {
  valuationCents: number;
  giftDate?: string | undefined;
  description?: string | undefined;
  form: TGiftForm;
  donorLegalForm?: string | undefined;
}

/**
 * Issues a receipt for a lot inside the caller's transaction. Everything is checked before the
 * number is taken; the number comes from the year's counter row, locked FOR UPDATE until
 * commit, so numbers have no gaps even when receipts are issued concurrently.
 */
async function issueInTx(
  tx: Executor,
  ctx: ServiceContext,
  lot: TLotRow,
  fields: TReceiptFields,
  replaces: TReceiptRow | null,
): Promise<TReceiptRow> {
  if (!GOODS_RECEIVED_STATUSES.includes(lot.status)) {
    throw new AppError('donation.invalid_state', 'A receipt is issued once the lot is received.', {
      from: lot.status,
      event: 'issue_receipt',
    });
  }
  const donor = (await findOrganisation(tx, lot.donorOrganisationId))!;
  const siren = sirenOf(donor.legalId);
  if (!siren) {
    throw new AppError(
      'receipt_siren_missing',
      'The donor company has no SIREN: add it before issuing.',
      {
        organisationId: donor.id,
      },
    );
  }
  const { issuer, missing } = await getReceiptIssuer(tx);
  if (!issuer) {
    throw new AppError(
      'receipt_issuer_incomplete',
      "The bank's details for receipts are incomplete.",
      {
        missing,
      },
    );
  }
  const description = fields.description ?? describeGoods(groupGoods(await lotGoods(tx, lot.id)));
  if (!description) throwIfFieldErrors([{ path: 'description', code: 'nothing_received' }]);
  const addresses = await listAddresses(tx, donor.id);
  const a = addresses[0];
  const address = a
    ? [a.line1, a.line2, `${a.postalCode} ${a.communeName}`].filter(Boolean).join(', ')
    : [lot.pickupLine1, lot.pickupLine2, `${lot.pickupPostalCode} ${lot.pickupCommuneName}`]
        .filter(Boolean)
        .join(', ');
  const now = ctx.now();
  const issuedOn = parisDate(now);
  const year = parisYear(now);
  const number = formatReceiptNumber(year, await takeNextNumber(tx, 'tax_receipt', year));
  const content: TReceiptContent = {
    number,
    issuer,
    donor: { name: donor.name, siren, legalForm: fields.donorLegalForm ?? null, address },
    giftDate: fields.giftDate ?? parisDate(lot.receivedAt ?? now),
    nature: 'don_en_nature',
    form: fields.form,
    description,
    valuationCents: fields.valuationCents,
    legalBasis: LEGAL_BASIS,
    issuedOn,
    replacesNumber: replaces?.number ?? null,
    lotReference: lot.reference,
  };
  const receipt = await insertReceipt(tx, {
    number,
    year,
    sequence: Number(number.slice(5)),
    status: 'issued',
    lotId: lot.id,
    donorOrganisationId: donor.id,
    donorSiren: siren,
    giftDate: content.giftDate,
    form: content.form,
    valuationCents: content.valuationCents,
    content,
    contentHash: createHash('sha256').update(canonicalJson(content)).digest('hex'),
    issuedAt: now,
    issuedBy: ctx.actor?.userId ?? null,
    replacesReceiptId: replaces?.id ?? null,
  });
  await recordAudit(tx, ctx, {
    action: 'receipt.issue',
    entityType: 'tax_receipt',
    entityId: receipt.id,
    after: {
      number,
      lotId: lot.id,
      valuationCents: content.valuationCents,
      replaces: replaces?.number ?? null,
    },
  });
  return receipt;
}

/** Groups a lot's received devices by kind, with their models, for the description. */
function groupGoods(rows: Awaited<ReturnType<typeof lotGoods>>) {
  const groups = new Map<string, { kind: string; count: number; models: string[] }>();
  for (const r of rows) {
    const g = groups.get(r.kind) ?? { kind: r.kind, count: 0, models: [] };
    g.count += r.count;
    const model = [r.brand, r.model].filter(Boolean).join(' ');
    if (model && !g.models.includes(model)) g.models.push(model);
    groups.set(r.kind, g);
  }
  return [...groups.values()];
}

/** Issues the receipt of a received lot (one issued receipt per lot; correct it to change it). */
export async function issueTaxReceipt(ctx: ServiceContext, raw: TIssueReceiptInput) {
  const input = parseInput(ZIssueReceiptInput, raw);
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, input.lotId, 'receipt.issue', { lock: true });
    const [existing] = await issuedReceiptsOfLot(tx, lot.id);
    if (existing) {
      throw new AppError(
        'receipt.invalid_state',
        `Receipt ${existing.number} is already issued for this lot; correct it instead.`,
        {
          receiptId: existing.id,
          number: existing.number,
        },
      );
    }
    return issueInTx(tx, ctx, lot, input, null);
  });
}

/** Cancels an issued receipt inside the caller's transaction (kept, marked cancelled). */
async function cancelInTx(tx: Executor, ctx: ServiceContext, id: string, reason: string) {
  const receipt = await findReceipt(tx, id, { lock: true });
  if (!receipt) throw new AppError('not_found', 'Unknown receipt.');
  if (receipt.status !== 'issued') {
    throw new AppError('receipt.invalid_state', `Receipt ${receipt.number} is already cancelled.`, {
      number: receipt.number,
    });
  }
  const cancelled = await cancelReceiptRow(tx, receipt.id, {
    cancelledAt: ctx.now(),
    cancelledBy: ctx.actor?.userId ?? null,
    cancelReason: reason,
  });
  await recordAudit(tx, ctx, {
    action: 'receipt.cancel',
    entityType: 'tax_receipt',
    entityId: receipt.id,
    before: { status: 'issued' },
    after: { status: 'cancelled', reason },
  });
  return cancelled;
}

/** Cancels a receipt issued by mistake. */
export async function cancelTaxReceipt(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZCancelReceiptInput, raw);
  return ctx.db.transaction((tx) => cancelInTx(tx, ctx, id, input.reason));
}

/**
 * Corrects a receipt: never edits it, but cancels it (kept, with the reason) and issues a new
 * one under a new number that names the old; omitted fields keep their previous value, and the
 * donor's current SIREN and address are read again.
 */
export async function correctTaxReceipt(
  ctx: ServiceContext,
  id: string,
  raw: TCorrectReceiptInput,
) {
  const input = parseInput(ZCorrectReceiptInput, raw);
  return ctx.db.transaction(async (tx) => {
    const old = await cancelInTx(tx, ctx, id, input.reason);
    if (!old.lotId)
      throw new AppError('receipt.invalid_state', 'Only lot receipts can be corrected here.');
    const lot = await loadLotFor(ctx, tx, old.lotId, 'receipt.issue', { lock: true });
    const previous = old.content;
    const fresh = await issueInTx(
      tx,
      ctx,
      lot,
      {
        valuationCents: input.valuationCents ?? previous.valuationCents,
        giftDate: input.giftDate ?? previous.giftDate,
        description: input.description ?? previous.description,
        form: input.form ?? previous.form,
        donorLegalForm: input.donorLegalForm ?? previous.donor.legalForm ?? undefined,
      },
      old,
    );
    return { cancelled: old, issued: fresh };
  });
}
