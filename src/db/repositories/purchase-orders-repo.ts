import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import {
  grants,
  organisations,
  purchaseOrderGrants,
  purchaseOrderLines,
  purchaseOrders,
  purchaseReceptions,
  purchaseReturns,
} from '../schema';
import type { TPurchaseStatus } from '../../shared/supply-enums';

/** An order row. */
export type TOrderRow = typeof purchaseOrders.$inferSelect;
/** An order line row. */
export type TOrderLineRow = typeof purchaseOrderLines.$inferSelect;

/** Inserts an order. */
export async function insertOrder(
  ex: Executor,
  row: typeof purchaseOrders.$inferInsert,
): Promise<TOrderRow> {
  const [created] = await ex.insert(purchaseOrders).values(row).returning();
  return created!;
}

/** Replaces a draft order's lines and grant allocations. */
export async function replaceOrderContent(
  ex: Executor,
  orderId: string,
  lines: Omit<typeof purchaseOrderLines.$inferInsert, 'orderId'>[],
  allocations: { grantId: string; amountCents: number }[],
) {
  await ex.delete(purchaseOrderLines).where(eq(purchaseOrderLines.orderId, orderId));
  await ex.delete(purchaseOrderGrants).where(eq(purchaseOrderGrants.orderId, orderId));
  if (lines.length)
    await ex.insert(purchaseOrderLines).values(lines.map((l) => ({ ...l, orderId })));
  if (allocations.length) {
    await ex.insert(purchaseOrderGrants).values(allocations.map((a) => ({ ...a, orderId })));
  }
}

/** One order; `lock` holds it until the transaction ends. */
export async function findOrder(ex: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = ex.select().from(purchaseOrders).where(eq(purchaseOrders.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/** Updates an order. */
export async function updateOrder(
  ex: Executor,
  id: string,
  patch: Partial<typeof purchaseOrders.$inferInsert>,
) {
  const [row] = await ex
    .update(purchaseOrders)
    .set(patch)
    .where(eq(purchaseOrders.id, id))
    .returning();
  return row!;
}

/** Lines of an order, in order. */
export async function listOrderLines(ex: Executor, orderId: string): Promise<TOrderLineRow[]> {
  return ex
    .select()
    .from(purchaseOrderLines)
    .where(eq(purchaseOrderLines.orderId, orderId))
    .orderBy(asc(purchaseOrderLines.position));
}

/** Grant allocations of an order with the grants' names. */
export async function listOrderAllocations(ex: Executor, orderId: string) {
  return ex
    .select({
      grantId: purchaseOrderGrants.grantId,
      amountCents: purchaseOrderGrants.amountCents,
      grantName: grants.name,
    })
    .from(purchaseOrderGrants)
    .innerJoin(grants, eq(grants.id, purchaseOrderGrants.grantId))
    .where(eq(purchaseOrderGrants.orderId, orderId))
    .orderBy(asc(purchaseOrderGrants.grantId));
}

/** Devices received per line (devices whose origin is the line). */
export async function receivedByLine(
  ex: Executor,
  lineIds: string[],
): Promise<Map<string, number>> {
  if (!lineIds.length) return new Map();
  const rows = await queryRows<{ origin_id: string; n: string | number }>(
    ex,
    sql`SELECT origin_id, count(*) AS n FROM devices
        WHERE origin_type = 'purchase_line' AND origin_id IN ${lineIds} GROUP BY origin_id`,
  );
  return new Map(rows.map((r) => [r.origin_id, Number(r.n)]));
}

/** Cents already charged to each grant for an order's receptions. */
export async function chargedForOrder(ex: Executor, orderId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ grant_id: string; s: string | number }>(
    ex,
    sql`SELECT c.grant_id, sum(c.amount_cents) AS s FROM grant_charges c
        JOIN purchase_receptions r ON c.linked_type = 'purchase_reception' AND c.linked_id = r.id::text
        WHERE r.order_id = ${orderId} GROUP BY c.grant_id`,
  );
  return new Map(rows.map((r) => [r.grant_id, Number(r.s)]));
}

/** Records a delivery. */
export async function insertReception(ex: Executor, row: typeof purchaseReceptions.$inferInsert) {
  const [created] = await ex.insert(purchaseReceptions).values(row).returning();
  return created!;
}

/** Records units sent back. */
export async function insertReturns(ex: Executor, rows: (typeof purchaseReturns.$inferInsert)[]) {
  if (rows.length) await ex.insert(purchaseReturns).values(rows);
}

/** Deliveries of an order, oldest first. */
export async function listReceptions(ex: Executor, orderId: string) {
  return ex
    .select()
    .from(purchaseReceptions)
    .where(eq(purchaseReceptions.orderId, orderId))
    .orderBy(asc(purchaseReceptions.receivedAt));
}

/** Units sent back for an order. */
export async function listReturns(ex: Executor, orderId: string) {
  return ex
    .select()
    .from(purchaseReturns)
    .where(eq(purchaseReturns.orderId, orderId))
    .orderBy(asc(purchaseReturns.createdAt));
}

/** Orders with their supplier's name, newest first. */
export async function searchOrders(
  ex: Executor,
  f: {
    status?: TPurchaseStatus | undefined;
    supplierId?: string | undefined;
    grantId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const where: SQL[] = [];
  if (f.status) where.push(eq(purchaseOrders.status, f.status));
  if (f.supplierId) where.push(eq(purchaseOrders.supplierId, f.supplierId));
  if (f.grantId) {
    where.push(
      inArray(
        purchaseOrders.id,
        ex
          .select({ id: purchaseOrderGrants.orderId })
          .from(purchaseOrderGrants)
          .where(eq(purchaseOrderGrants.grantId, f.grantId)),
      ),
    );
  }
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select({ order: purchaseOrders, supplierName: organisations.name })
      .from(purchaseOrders)
      .innerJoin(organisations, eq(organisations.id, purchaseOrders.supplierId))
      .where(condition)
      .orderBy(desc(purchaseOrders.createdAt), desc(purchaseOrders.number))
      .limit(f.limit)
      .offset(f.offset),
    ex.select({ n: count() }).from(purchaseOrders).where(condition),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
