import { stringify } from 'csv-stringify/sync';
import {
  findReceipt,
  findReplacement,
  receiptsOfYear,
  searchReceipts,
  type TReceiptRow,
} from '../../db/repositories/tax-receipts-repo';
import { can } from '../../domain/policy';
import { centsToDecimal } from '../../domain/money/format';
import { GIFT_FORM_LABELS } from '../../domain/supply/tax-receipt';
import { parisDate } from '../../domain/supply/dates';
import { AppError } from '../../shared/app-error';
import { ZReceiptExportQuery, ZReceiptQuery } from '../../shared/schemas/tax-receipts';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { requireActor } from './lot-access';
import { renderTaxReceiptPdf } from './pdf/tax-receipt-pdf';

/** A receipt as the API presents it. */
function present(r: TReceiptRow, extra: { donorName?: string; lotReference?: string | null } = {}) {
  return {
    id: r.id,
    number: r.number,
    year: r.year,
    status: r.status,
    lotId: r.lotId,
    lotReference: extra.lotReference ?? r.content.lotReference,
    donor: {
      id: r.donorOrganisationId,
      name: extra.donorName ?? r.content.donor.name,
      siren: r.donorSiren,
    },
    giftDate: r.giftDate,
    form: r.form,
    valuationCents: r.valuationCents,
    description: r.content.description,
    issuedAt: r.issuedAt,
    replacesNumber: r.content.replacesNumber,
    cancelledAt: r.cancelledAt,
    cancelReason: r.cancelReason,
    contentHash: r.contentHash,
  };
}

/** Receipts the actor may see: all for the bank, its own company's for a donor contact. */
export async function listTaxReceipts(ctx: ServiceContext, raw: unknown) {
  const q = parseInput(ZReceiptQuery, raw ?? {});
  const actor = requireActor(ctx);
  const own = actor.role === 'donor_contact';
  const donorId = own
    ? (actor.organisationId ?? '00000000-0000-0000-0000-000000000000')
    : q.donorId;
  if (own && q.donorId && q.donorId !== donorId) return { items: [], total: 0 };
  const { rows, total } = await searchReceipts(ctx.db, { ...q, donorId });
  return {
    total,
    items: rows.map((r) =>
      present(r.receipt, { donorName: r.donorName, lotReference: r.lotReference }),
    ),
  };
}

/** One receipt the actor may read, or 404 (a donor never learns of another company's receipt). */
async function loadReceipt(ctx: ServiceContext, id: string): Promise<TReceiptRow> {
  const r = await findReceipt(ctx.db, id);
  if (!r || !can(ctx.actor, 'receipt.read', { organisationId: r.donorOrganisationId })) {
    throw new AppError('not_found', 'Unknown receipt.', { receiptId: id });
  }
  return r;
}

/** One receipt with the one that replaced it, if corrected. */
export async function getTaxReceipt(ctx: ServiceContext, id: string) {
  const r = await loadReceipt(ctx, id);
  const replacement = await findReplacement(ctx.db, r.id);
  return {
    ...present(r),
    replacedBy: replacement ? { id: replacement.id, number: replacement.number } : null,
  };
}

/** The receipt as a PDF (cancelled receipts print as such, with their replacement). */
export async function taxReceiptPdf(ctx: ServiceContext, id: string) {
  const r = await loadReceipt(ctx, id);
  const replacement = await findReplacement(ctx.db, r.id);
  const pdf = await renderTaxReceiptPdf(
    r.content,
    {
      status: r.status,
      cancelReason: r.cancelReason,
      replacedByNumber: replacement?.number ?? null,
      contentHash: r.contentHash,
    },
    r.issuedAt,
  );
  return { pdf, filename: `recu-fiscal-${r.number}.pdf` };
}

/**
 * The yearly list of receipts the bank issued (for its annual declaration of receipts):
 * every number of the year in order, cancelled ones included and marked, amounts as decimals.
 */
export async function exportTaxReceiptsCsv(ctx: ServiceContext, raw: unknown) {
  const { year } = parseInput(ZReceiptExportQuery, raw ?? {});
  const rows = await receiptsOfYear(ctx.db, year);
  const csv = stringify(
    rows.map(({ receipt: r, donorName, lotReference }) => [
      r.number,
      r.status,
      r.content.issuedOn,
      r.giftDate,
      donorName,
      r.donorSiren,
      lotReference ?? '',
      'don_en_nature',
      GIFT_FORM_LABELS[r.form],
      centsToDecimal(r.valuationCents),
      r.content.description,
      r.content.replacesNumber ?? '',
      r.cancelledAt ? parisDate(r.cancelledAt) : '',
      r.cancelReason ?? '',
    ]),
    {
      header: true,
      columns: [
        'number',
        'status',
        'issued_on',
        'gift_date',
        'donor_name',
        'donor_siren',
        'lot_reference',
        'nature',
        'form',
        'valuation_eur',
        'description',
        'replaces',
        'cancelled_on',
        'cancel_reason',
      ],
      bom: true,
    },
  );
  const issued = rows.filter((r) => r.receipt.status === 'issued');
  return {
    csv,
    filename: `recus-fiscaux-${year}.csv`,
    count: rows.length,
    issuedTotalCents: issued.reduce((s, r) => s + r.receipt.valuationCents, 0),
  };
}
