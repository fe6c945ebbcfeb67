import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { items } from '../schema';

/** An item of the bulk catalogue. */
export type TItemRow = typeof items.$inferSelect;

/** Inserts an item. */
export async function insertItem(ex: Executor, row: typeof items.$inferInsert) {
  const [created] = await ex.insert(items).values(row).returning();
  return created!;
}

/** Updates an item. */
export async function updateItem(
  ex: Executor,
  id: string,
  patch: Partial<typeof items.$inferInsert>,
) {
  const [row] = await ex.update(items).set(patch).where(eq(items.id, id)).returning();
  return row;
}

/** One item by id. */
export async function findItem(ex: Executor, id: string): Promise<TItemRow | undefined> {
  const [row] = await ex.select().from(items).where(eq(items.id, id));
  return row;
}

/** One item by its code (upper case). */
export async function findItemByCode(ex: Executor, code: string): Promise<TItemRow | undefined> {
  const [row] = await ex.select().from(items).where(eq(items.code, code));
  return row;
}

/** Items by id. */
export async function findItemsByIds(ex: Executor, ids: string[]): Promise<TItemRow[]> {
  if (!ids.length) return [];
  return ex.select().from(items).where(inArray(items.id, ids));
}

/** The catalogue, filtered by a search on code or name. */
export async function listItems(
  ex: Executor,
  filter: { search?: string | undefined; includeInactive?: boolean | undefined },
) {
  const where: SQL[] = [];
  if (!filter.includeInactive) where.push(eq(items.isActive, true));
  if (filter.search) {
    const term = `%${filter.search}%`;
    where.push(or(ilike(items.code, term), ilike(items.name, term))!);
  }
  return ex
    .select()
    .from(items)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(items.category), asc(items.name));
}
