import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { donationLots, organisations, taxReceipts } from '../schema';
import type { TReceiptStatus } from '../../shared/supply-enums';

/** A receipt row. */
export type TReceiptRow = typeof taxReceipts.$inferSelect;

/** Inserts an issued receipt. */
export async function insertReceipt(
  ex: Executor,
  row: typeof taxReceipts.$inferInsert,
): Promise<TReceiptRow> {
  const [created] = await ex.insert(taxReceipts).values(row).returning();
  return created!;
}

/** One receipt; `lock` holds it until the transaction ends. */
export async function findReceipt(
  ex: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TReceiptRow | undefined> {
  const q = ex.select().from(taxReceipts).where(eq(taxReceipts.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/** Marks an issued receipt cancelled (the only change the database trigger allows). */
export async function cancelReceiptRow(
  ex: Executor,
  id: string,
  values: { cancelledAt: Date; cancelledBy: string | null; cancelReason: string },
): Promise<TReceiptRow> {
  const [row] = await ex
    .update(taxReceipts)
    .set({ status: 'cancelled', ...values })
    .where(and(eq(taxReceipts.id, id), eq(taxReceipts.status, 'issued')))
    .returning();
  return row!;
}

/** The issued (not cancelled) receipts of some lots. */
export async function issuedReceiptsOfLots(ex: Executor, lotIds: string[]): Promise<TReceiptRow[]> {
  if (!lotIds.length) return [];
  return ex
    .select()
    .from(taxReceipts)
    .where(and(inArray(taxReceipts.lotId, lotIds), eq(taxReceipts.status, 'issued')));
}

/** Every receipt of a lot, issued or cancelled, oldest first. */
export async function receiptsOfLot(ex: Executor, lotId: string): Promise<TReceiptRow[]> {
  return ex
    .select()
    .from(taxReceipts)
    .where(eq(taxReceipts.lotId, lotId))
    .orderBy(asc(taxReceipts.issuedAt));
}

/** The receipt that replaced another (a correction), if any. */
export async function findReplacement(
  ex: Executor,
  receiptId: string,
): Promise<TReceiptRow | undefined> {
  const [row] = await ex
    .select()
    .from(taxReceipts)
    .where(eq(taxReceipts.replacesReceiptId, receiptId));
  return row;
}

/** Filters of the receipt list. */
export interface TReceiptFilter {
  year?: number | undefined;
  lotId?: string | undefined;
  donorId?: string | undefined;
  status?: TReceiptStatus | undefined;
  limit: number;
  offset: number;
}

/** Receipts with donor name and lot reference, by number. */
export async function searchReceipts(ex: Executor, f: TReceiptFilter) {
  const where: SQL[] = [];
  if (f.year) where.push(eq(taxReceipts.year, f.year));
  if (f.lotId) where.push(eq(taxReceipts.lotId, f.lotId));
  if (f.donorId) where.push(eq(taxReceipts.donorOrganisationId, f.donorId));
  if (f.status) where.push(eq(taxReceipts.status, f.status));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select({
        receipt: taxReceipts,
        donorName: organisations.name,
        lotReference: donationLots.reference,
      })
      .from(taxReceipts)
      .innerJoin(organisations, eq(organisations.id, taxReceipts.donorOrganisationId))
      .leftJoin(donationLots, eq(donationLots.id, taxReceipts.lotId))
      .where(condition)
      .orderBy(desc(taxReceipts.year), desc(taxReceipts.sequence))
      .limit(f.limit)
      .offset(f.offset),
    ex.select({ n: count() }).from(taxReceipts).where(condition),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every receipt of a year in number order, for the yearly export. */
export async function receiptsOfYear(ex: Executor, year: number) {
  return ex
    .select({
      receipt: taxReceipts,
      donorName: organisations.name,
      lotReference: donationLots.reference,
    })
    .from(taxReceipts)
    .innerJoin(organisations, eq(organisations.id, taxReceipts.donorOrganisationId))
    .leftJoin(donationLots, eq(donationLots.id, taxReceipts.lotId))
    .where(eq(taxReceipts.year, year))
    .orderBy(asc(taxReceipts.sequence));
}

/** The issued (not cancelled) receipts of one lot. */
export function issuedReceiptsOfLot(ex: Executor, lotId: string): Promise<TReceiptRow[]> {
  return issuedReceiptsOfLots(ex, [lotId]);
}
