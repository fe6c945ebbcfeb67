import { and, asc, count, desc, eq, gte, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import {
  donationLotDevices,
  donationLotDiscrepancies,
  donationLotEvents,
  donationLotLines,
  donationLots,
  memberships,
  organisations,
  users,
} from '../schema';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';
import type { TDonationStatus } from '../../shared/supply-enums';

/** A lot row. */
export type TLotRow = typeof donationLots.$inferSelect;
/** A lot line row. */
export type TLotLineRow = typeof donationLotLines.$inferSelect;

/** Inserts a lot and its lines. */
export async function insertLot(
  ex: Executor,
  lot: typeof donationLots.$inferInsert,
  lines: Omit<typeof donationLotLines.$inferInsert, 'lotId'>[],
): Promise<{ lot: TLotRow; lines: TLotLineRow[] }> {
  const [row] = await ex.insert(donationLots).values(lot).returning();
  const lineRows = await ex
    .insert(donationLotLines)
    .values(lines.map((l) => ({ ...l, lotId: row!.id })))
    .returning();
  return { lot: row!, lines: lineRows.sort((a, b) => a.position - b.position) };
}

/** One lot; `lock` holds its row until the transaction ends (serialises transitions). */
export async function findLot(
  ex: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TLotRow | undefined> {
  const q = ex.select().from(donationLots).where(eq(donationLots.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/** Updates a lot and returns the new row. */
export async function updateLot(
  ex: Executor,
  id: string,
  patch: Partial<typeof donationLots.$inferInsert>,
): Promise<TLotRow> {
  const [row] = await ex.update(donationLots).set(patch).where(eq(donationLots.id, id)).returning();
  return row!;
}

/** The lines of a lot, in declaration order. */
export async function listLotLines(ex: Executor, lotId: string): Promise<TLotLineRow[]> {
  return ex
    .select()
    .from(donationLotLines)
    .where(eq(donationLotLines.lotId, lotId))
    .orderBy(asc(donationLotLines.position));
}

/** Appends a line to the lot's history. */
export async function insertLotEvent(ex: Executor, row: typeof donationLotEvents.$inferInsert) {
  await ex.insert(donationLotEvents).values(row);
}

/** The lot's history, oldest first. */
export async function listLotEvents(ex: Executor, lotId: string) {
  return ex
    .select({
      at: donationLotEvents.at,
      fromStatus: donationLotEvents.fromStatus,
      toStatus: donationLotEvents.toStatus,
      note: donationLotEvents.note,
      data: donationLotEvents.data,
    })
    .from(donationLotEvents)
    .where(eq(donationLotEvents.lotId, lotId))
    .orderBy(asc(donationLotEvents.id));
}

/** Links received devices to the lot line they were counted against. */
export async function insertLotDevices(
  ex: Executor,
  rows: (typeof donationLotDevices.$inferInsert)[],
) {
  if (rows.length) await ex.insert(donationLotDevices).values(rows);
}

/** Devices recorded per line of a lot. */
export async function countReceivedByLine(
  ex: Executor,
  lotId: string,
): Promise<Map<string, number>> {
  const rows = await ex
    .select({ lineId: donationLotDevices.lineId, n: count() })
    .from(donationLotDevices)
    .where(eq(donationLotDevices.lotId, lotId))
    .groupBy(donationLotDevices.lineId);
  return new Map(rows.map((r) => [r.lineId, Number(r.n)]));
}

/** Records the differences found at the end of counting. */
export async function insertDiscrepancies(
  ex: Executor,
  rows: (typeof donationLotDiscrepancies.$inferInsert)[],
) {
  if (rows.length) await ex.insert(donationLotDiscrepancies).values(rows);
}

/** The differences recorded for a lot. */
export async function listDiscrepancies(ex: Executor, lotId: string) {
  return ex
    .select()
    .from(donationLotDiscrepancies)
    .where(eq(donationLotDiscrepancies.lotId, lotId))
    .orderBy(asc(donationLotDiscrepancies.recordedAt));
}

/** Device counts of a lot per kind and current state (for outcomes and impact). */
export async function lotDeviceStates(ex: Executor, lotIds: string[]) {
  if (!lotIds.length) return [];
  const rows = await queryRows<{
    lot_id: string;
    kind: TDeviceKind;
    state: TDeviceState;
    n: string | number;
  }>(
    ex,
    sql`SELECT ld.lot_id, d.kind, d.state, count(*) AS n
        FROM donation_lot_devices ld JOIN devices d ON d.id = ld.device_id
        WHERE ld.lot_id IN ${lotIds}
        GROUP BY ld.lot_id, d.kind, d.state`,
  );
  return rows.map((r) => ({ lotId: r.lot_id, kind: r.kind, state: r.state, count: Number(r.n) }));
}

/** Received devices of a lot grouped by kind, brand and model (the receipt's description). */
export async function lotGoods(ex: Executor, lotId: string) {
  const rows = await queryRows<{
    kind: TDeviceKind;
    brand: string | null;
    model: string | null;
    n: string | number;
  }>(
    ex,
    sql`SELECT d.kind, d.brand, d.model, count(*) AS n
        FROM donation_lot_devices ld JOIN devices d ON d.id = ld.device_id
        WHERE ld.lot_id = ${lotId}
        GROUP BY d.kind, d.brand, d.model
        ORDER BY d.kind, count(*) DESC`,
  );
  return rows.map((r) => ({ kind: r.kind, brand: r.brand, model: r.model, count: Number(r.n) }));
}

/** Filters of the lot list. */
export interface TLotFilter {
  statuses?: TDonationStatus[] | undefined;
  donorId?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** Lists lots with their donor's name and a total, newest first. */
export async function searchLots(ex: Executor, f: TLotFilter) {
  const where: SQL[] = [];
  if (f.statuses?.length) where.push(inArray(donationLots.status, f.statuses));
  if (f.donorId) where.push(eq(donationLots.donorOrganisationId, f.donorId));
  if (f.search) {
    const term = `%${f.search}%`;
    where.push(or(ilike(donationLots.reference, term), ilike(organisations.name, term))!);
  }
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select({ lot: donationLots, donorName: organisations.name })
      .from(donationLots)
      .innerJoin(organisations, eq(organisations.id, donationLots.donorOrganisationId))
      .where(condition)
      .orderBy(desc(donationLots.createdAt), desc(donationLots.reference))
      .limit(f.limit)
      .offset(f.offset),
    ex
      .select({ n: count() })
      .from(donationLots)
      .innerJoin(organisations, eq(organisations.id, donationLots.donorOrganisationId))
      .where(condition),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Active donor contacts of a company (who the lot's mails go to). */
export async function listDonorContacts(ex: Executor, organisationId: string) {
  return ex
    .select({ email: users.email, locale: users.locale, displayName: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, 'donor_contact'),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.email));
}

/**
 * Serialises public declarations for one SIREN until the transaction ends, so two submissions
 * at once (a double click) neither create the company twice nor declare the lot twice.
 */
export async function lockDonorSiren(ex: Executor, siren: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`donor-siren:${siren}`}))`);
}

/** The oldest donor company whose SIREN (or one of whose SIRET) is `siren`. */
export async function findDonorBySiren(ex: Executor, siren: string) {
  const [row] = await ex
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'donor'),
        or(eq(organisations.legalId, siren), sql`${organisations.legalId} like ${`${siren}%`}`),
      ),
    )
    .orderBy(asc(organisations.createdAt))
    .limit(1);
  return row;
}

/**
 * A lot declared for the same company moments ago with the same count, place, dates and
 * contact on site: a form sent twice, answered with the first lot instead of a second one.
 */
export async function findRecentSameLot(
  ex: Executor,
  f: {
    donorOrganisationId: string;
    siteContactName: string;
    siteContactPhone: string;
    since: Date;
    expectedCount: number;
    pickupPostalCode: string;
    availableFrom: string;
    availableUntil: string;
  },
): Promise<TLotRow | undefined> {
  const [row] = await ex
    .select()
    .from(donationLots)
    .where(
      and(
        eq(donationLots.donorOrganisationId, f.donorOrganisationId),
        eq(donationLots.siteContactName, f.siteContactName),
        eq(donationLots.siteContactPhone, f.siteContactPhone),
        eq(donationLots.status, 'declared'),
        eq(donationLots.expectedCount, f.expectedCount),
        eq(donationLots.pickupPostalCode, f.pickupPostalCode),
        eq(donationLots.availableFrom, f.availableFrom),
        eq(donationLots.availableUntil, f.availableUntil),
        gte(donationLots.createdAt, f.since),
      ),
    )
    .orderBy(desc(donationLots.createdAt))
    .limit(1);
  return row;
}
