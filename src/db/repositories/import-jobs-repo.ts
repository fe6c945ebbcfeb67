import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { importJobs } from '../schema';

/** An import job row. */
export type TImportJobRow = typeof importJobs.$inferSelect;

/** Stores a new import job (the CSV is kept until the job has run). */
export async function insertImportJob(ex: Executor, row: typeof importJobs.$inferInsert) {
  const [created] = await ex.insert(importJobs).values(row).returning();
  return created!;
}

/** Reads one import job. */
export async function findImportJob(ex: Executor, id: string): Promise<TImportJobRow | undefined> {
  const [row] = await ex.select().from(importJobs).where(eq(importJobs.id, id));
  return row;
}

/** Updates an import job's progress or outcome. */
export async function updateImportJob(
  ex: Executor,
  id: string,
  patch: Partial<typeof importJobs.$inferInsert>,
) {
  await ex.update(importJobs).set(patch).where(eq(importJobs.id, id));
}
