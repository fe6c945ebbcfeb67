import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import { grantCharges, grantInstalments, grants, organisations } from '../schema';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';

/** A grant row. */
export type TGrantRow = typeof grants.$inferSelect;

/** Inserts a grant. */
export async function insertGrant(
  ex: Executor,
  row: typeof grants.$inferInsert,
): Promise<TGrantRow> {
  const [created] = await ex.insert(grants).values(row).returning();
  return created!;
}

/** Updates a grant. */
export async function updateGrant(
  ex: Executor,
  id: string,
  patch: Partial<typeof grants.$inferInsert>,
) {
  const [row] = await ex.update(grants).set(patch).where(eq(grants.id, id)).returning();
  return row!;
}

/** One grant; `lock` holds it until the transaction ends. */
export async function findGrant(ex: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = ex.select().from(grants).where(eq(grants.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/**
 * Grants by id; `lock` takes their rows in id order (a fixed order, so two confirmations
 * sharing grants cannot deadlock) and holds them: budget checks then see committed figures.
 */
export async function findGrantsByIds(
  ex: Executor,
  ids: string[],
  options: { lock?: boolean } = {},
) {
  if (!ids.length) return [];
  const q = ex.select().from(grants).where(inArray(grants.id, ids)).orderBy(asc(grants.id));
  return options.lock ? q.for('update') : q;
}

/** Received, spent and committed cents per grant (committed: confirmed orders not yet charged). */
export async function grantSums(ex: Executor, ids: string[]) {
  const out = new Map<
    string,
    { receivedCents: number; spentCents: number; committedCents: number }
  >();
  if (!ids.length) return out;
  for (const id of ids) out.set(id, { receivedCents: 0, spentCents: 0, committedCents: 0 });
  const [received, spent, committed] = await Promise.all([
    queryRows<{ grant_id: string; s: string | number }>(
      ex,
      sql`SELECT grant_id, sum(amount_cents) AS s FROM grant_instalments WHERE grant_id IN ${ids} GROUP BY grant_id`,
    ),
    queryRows<{ grant_id: string; s: string | number }>(
      ex,
      sql`SELECT grant_id, sum(amount_cents) AS s FROM grant_charges WHERE grant_id IN ${ids} GROUP BY grant_id`,
    ),
    queryRows<{ grant_id: string; s: string | number }>(
      ex,
      sql`SELECT pog.grant_id, sum(pog.amount_cents - coalesce(ch.charged, 0)) AS s
          FROM purchase_order_grants pog
          JOIN purchase_orders po ON po.id = pog.order_id AND po.status IN ('confirmed', 'partly_received')
          LEFT JOIN (
            SELECT r.order_id, c.grant_id, sum(c.amount_cents) AS charged
            FROM grant_charges c
            JOIN purchase_receptions r ON c.linked_type = 'purchase_reception' AND c.linked_id = r.id::text
            GROUP BY r.order_id, c.grant_id
          ) ch ON ch.order_id = pog.order_id AND ch.grant_id = pog.grant_id
          WHERE pog.grant_id IN ${ids}
          GROUP BY pog.grant_id`,
    ),
  ]);
  for (const r of received) out.get(r.grant_id)!.receivedCents = Number(r.s);
  for (const r of spent) out.get(r.grant_id)!.spentCents = Number(r.s);
  for (const r of committed) out.get(r.grant_id)!.committedCents = Number(r.s);
  return out;
}

/** Grants with their funder's name, newest first. */
export async function searchGrants(
  ex: Executor,
  f: { funderId?: string | undefined; limit: number; offset: number },
) {
  const where: SQL[] = [];
  if (f.funderId) where.push(eq(grants.funderId, f.funderId));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select({ grant: grants, funderName: organisations.name })
      .from(grants)
      .innerJoin(organisations, eq(organisations.id, grants.funderId))
      .where(condition)
      .orderBy(desc(grants.startsOn), asc(grants.name))
      .limit(f.limit)
      .offset(f.offset),
    ex.select({ n: count() }).from(grants).where(condition),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Records money received. */
export async function insertInstalment(ex: Executor, row: typeof grantInstalments.$inferInsert) {
  const [created] = await ex.insert(grantInstalments).values(row).returning();
  return created!;
}

/** Instalments of a grant, oldest first. */
export async function listInstalments(ex: Executor, grantId: string) {
  return ex
    .select()
    .from(grantInstalments)
    .where(eq(grantInstalments.grantId, grantId))
    .orderBy(asc(grantInstalments.receivedOn), asc(grantInstalments.createdAt));
}

/** Appends charges (append-only table). */
export async function insertCharges(ex: Executor, rows: (typeof grantCharges.$inferInsert)[]) {
  if (!rows.length) return [];
  return ex.insert(grantCharges).values(rows).returning();
}

/** The latest charges of a grant. */
export async function listCharges(ex: Executor, grantId: string, limit = 200) {
  return ex
    .select()
    .from(grantCharges)
    .where(eq(grantCharges.grantId, grantId))
    .orderBy(desc(grantCharges.chargedOn), desc(grantCharges.createdAt))
    .limit(limit);
}

/** Orders a grant pays for: allocation, charged so far, devices received. */
export async function ordersOfGrant(ex: Executor, grantId: string) {
  const rows = await queryRows<{
    id: string;
    number: string;
    status: string;
    supplier_name: string;
    allocation: string | number;
    charged: string | number;
    devices: string | number;
  }>(
    ex,
    sql`SELECT po.id, po.number, po.status, s.name AS supplier_name, pog.amount_cents AS allocation,
          coalesce((SELECT sum(c.amount_cents) FROM grant_charges c
                    JOIN purchase_receptions r ON c.linked_type = 'purchase_reception' AND c.linked_id = r.id::text
                    WHERE r.order_id = po.id AND c.grant_id = pog.grant_id), 0) AS charged,
          (SELECT count(*) FROM devices d JOIN purchase_order_lines l ON d.origin_type = 'purchase_line'
             AND d.origin_id = l.id WHERE l.order_id = po.id) AS devices
        FROM purchase_order_grants pog
        JOIN purchase_orders po ON po.id = pog.order_id
        JOIN organisations s ON s.id = po.supplier_id
        WHERE pog.grant_id = ${grantId}
        ORDER BY po.created_at DESC`,
  );
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    supplierName: r.supplier_name,
    allocationCents: Number(r.allocation),
    chargedCents: Number(r.charged),
    devices: Number(r.devices),
  }));
}

/** Devices bought with a grant's money, per kind and state. */
export async function grantDeviceStates(ex: Executor, grantId: string) {
  const rows = await queryRows<{ kind: TDeviceKind; state: TDeviceState; n: string | number }>(
    ex,
    sql`SELECT d.kind, d.state, count(*) AS n
        FROM devices d
        JOIN purchase_order_lines l ON d.origin_type = 'purchase_line' AND d.origin_id = l.id
        JOIN purchase_order_grants pog ON pog.order_id = l.order_id AND pog.grant_id = ${grantId}
        GROUP BY d.kind, d.state`,
  );
  return rows.map((r) => ({ kind: r.kind, state: r.state, count: Number(r.n) }));
}

/** Devices bought with a grant's money, one page. */
export async function grantDevices(ex: Executor, grantId: string, limit: number, offset: number) {
  const rows = await queryRows<{
    id: string;
    asset_tag: string;
    kind: TDeviceKind;
    state: TDeviceState;
    serial: string | null;
    brand: string | null;
    model: string | null;
    earmark_network_id: string | null;
    order_number: string;
    created_at: Date;
  }>(
    ex,
    sql`SELECT d.id, d.asset_tag, d.kind, d.state, d.serial, d.brand, d.model, d.earmark_network_id,
               po.number AS order_number, d.created_at
        FROM devices d
        JOIN purchase_order_lines l ON d.origin_type = 'purchase_line' AND d.origin_id = l.id
        JOIN purchase_orders po ON po.id = l.order_id
        JOIN purchase_order_grants pog ON pog.order_id = po.id AND pog.grant_id = ${grantId}
        ORDER BY d.created_at DESC, d.asset_tag
        LIMIT ${limit} OFFSET ${offset}`,
  );
  return rows.map((r) => ({
    id: r.id,
    assetTag: r.asset_tag,
    kind: r.kind,
    state: r.state,
    serial: r.serial,
    brand: r.brand,
    model: r.model,
    earmarkNetworkId: r.earmark_network_id,
    orderNumber: r.order_number,
  }));
}
