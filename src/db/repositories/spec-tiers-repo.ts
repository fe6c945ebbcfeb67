import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { specTiers } from '../schema';
import type { TDeviceKind } from '../../shared/inventory';

/** A spec tier version. */
export type TSpecTierRow = typeof specTiers.$inferSelect;

/** Active tiers (current versions), optionally of one kind, by kind then number. */
export async function listActiveTiers(ex: Executor, kind?: TDeviceKind): Promise<TSpecTierRow[]> {
  const where: SQL[] = [eq(specTiers.isActive, true)];
  if (kind) where.push(eq(specTiers.kind, kind));
  return ex
    .select()
    .from(specTiers)
    .where(and(...where))
    .orderBy(asc(specTiers.kind), asc(specTiers.number));
}

/** Every version of every tier (history), newest version first within a tier. */
export async function listAllTierVersions(ex: Executor): Promise<TSpecTierRow[]> {
  return ex
    .select()
    .from(specTiers)
    .orderBy(asc(specTiers.kind), asc(specTiers.number), desc(specTiers.version));
}

/** One tier version. */
export async function findTier(ex: Executor, id: string): Promise<TSpecTierRow | undefined> {
  const [row] = await ex.select().from(specTiers).where(eq(specTiers.id, id));
  return row;
}

/** The latest version number of a tier (active or retired), or 0. */
export async function latestTierVersion(ex: Executor, kind: TDeviceKind, number: number) {
  const [row] = await ex
    .select({ version: specTiers.version })
    .from(specTiers)
    .where(and(eq(specTiers.kind, kind), eq(specTiers.number, number)))
    .orderBy(desc(specTiers.version))
    .limit(1);
  return row?.version ?? 0;
}

/** Inserts a tier version. */
export async function insertTier(ex: Executor, row: typeof specTiers.$inferInsert) {
  const [created] = await ex.insert(specTiers).values(row).returning();
  return created!;
}

/** Marks a tier version inactive (superseded or retired). */
export async function deactivateTier(ex: Executor, id: string) {
  await ex.update(specTiers).set({ isActive: false }).where(eq(specTiers.id, id));
}
