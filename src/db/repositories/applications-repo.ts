import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { structureApplications } from '../schema';
import type { TApplicationQuery } from '../../shared/schemas/structure-applications';

/** An application row. */
export type TApplicationRow = typeof structureApplications.$inferSelect;

/** Stores a new application. */
export async function insertApplication(
  ex: Executor,
  row: typeof structureApplications.$inferInsert,
): Promise<TApplicationRow> {
  const [created] = await ex.insert(structureApplications).values(row).returning();
  return created!;
}

/** Reads one application. */
export async function findApplication(ex: Executor, id: string) {
  const [row] = await ex
    .select()
    .from(structureApplications)
    .where(eq(structureApplications.id, id));
  return row;
}

/** Reads the application a live edit link opens (hash of the token, not expired). */
export async function findApplicationByToken(ex: Executor, tokenHash: string, now: Date) {
  const [row] = await ex
    .select()
    .from(structureApplications)
    .where(
      and(
        eq(structureApplications.editTokenHash, tokenHash),
        eq(structureApplications.status, 'needs_information'),
        gt(structureApplications.editTokenExpiresAt, now),
      ),
    );
  return row;
}

/** Updates an application. */
export async function updateApplication(
  ex: Executor,
  id: string,
  patch: Partial<typeof structureApplications.$inferInsert>,
) {
  const [row] = await ex
    .update(structureApplications)
    .set(patch)
    .where(eq(structureApplications.id, id))
    .returning();
  return row;
}

/** Lists applications, oldest submitted first, with a total for paging. */
export async function searchApplications(ex: Executor, q: TApplicationQuery) {
  const where: SQL | undefined = q.status ? eq(structureApplications.status, q.status) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(structureApplications)
      .where(where)
      .orderBy(asc(structureApplications.submittedAt))
      .limit(q.limit)
      .offset(q.offset),
    ex.select({ n: count() }).from(structureApplications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
