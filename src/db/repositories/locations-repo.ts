import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { locations, organisations } from '../schema';

/** A location row. */
export type TLocationRow = typeof locations.$inferSelect;

/** Inserts a location. */
export async function insertLocation(ex: Executor, row: typeof locations.$inferInsert) {
  const [created] = await ex.insert(locations).values(row).returning();
  return created!;
}

/** Updates a location. */
export async function updateLocation(
  ex: Executor,
  id: string,
  patch: Partial<typeof locations.$inferInsert>,
) {
  const [row] = await ex.update(locations).set(patch).where(eq(locations.id, id)).returning();
  return row;
}

/** One location. */
export async function findLocation(ex: Executor, id: string): Promise<TLocationRow | undefined> {
  const [row] = await ex.select().from(locations).where(eq(locations.id, id));
  return row;
}

/** Locations by id. */
export async function findLocationsByIds(ex: Executor, ids: string[]): Promise<TLocationRow[]> {
  if (!ids.length) return [];
  return ex.select().from(locations).where(inArray(locations.id, ids));
}

/** Locations with their organisation's name, optionally of one organisation. */
export async function listLocations(
  ex: Executor,
  filter: { organisationId?: string | undefined; includeInactive?: boolean | undefined },
) {
  const where: SQL[] = [];
  if (filter.organisationId) where.push(eq(locations.organisationId, filter.organisationId));
  if (!filter.includeInactive) where.push(eq(locations.isActive, true));
  return ex
    .select({
      id: locations.id,
      organisationId: locations.organisationId,
      organisationName: organisations.name,
      name: locations.name,
      kind: locations.kind,
      code: locations.code,
      shelfCodes: locations.shelfCodes,
      departementCode: locations.departementCode,
      lat: locations.lat,
      lon: locations.lon,
      isActive: locations.isActive,
      createdAt: locations.createdAt,
    })
    .from(locations)
    .innerJoin(organisations, eq(organisations.id, locations.organisationId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(organisations.name), asc(locations.name));
}
