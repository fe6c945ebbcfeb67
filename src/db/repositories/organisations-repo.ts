import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { organisationAddresses, organisations, structureNetworks } from '../schema';
import type { TOrganisationQuery } from '../../shared/schemas/organisations';

/** An organisation row. */
export type TOrganisationRow = typeof organisations.$inferSelect;
/** An address row. */
export type TAddressRow = typeof organisationAddresses.$inferSelect;

/** Reads one organisation. */
export async function findOrganisation(
  ex: Executor,
  id: string,
): Promise<TOrganisationRow | undefined> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Reads organisations by id (to check that network ids exist, for instance). */
export async function findOrganisationsByIds(ex: Executor, ids: string[]) {
  if (!ids.length) return [];
  return ex.select().from(organisations).where(inArray(organisations.id, ids));
}

/** Inserts an organisation. */
export async function insertOrganisation(
  ex: Executor,
  row: typeof organisations.$inferInsert,
): Promise<TOrganisationRow> {
  const [created] = await ex.insert(organisations).values(row).returning();
  return created!;
}

/** Updates an organisation. */
export async function updateOrganisation(
  ex: Executor,
  id: string,
  patch: Partial<typeof organisations.$inferInsert>,
): Promise<TOrganisationRow | undefined> {
  const [row] = await ex
    .update(organisations)
    .set(patch)
    .where(eq(organisations.id, id))
    .returning();
  return row;
}

/** Replaces an organisation's addresses. */
export async function replaceAddresses(
  ex: Executor,
  organisationId: string,
  rows: Omit<typeof organisationAddresses.$inferInsert, 'organisationId'>[],
) {
  await ex
    .delete(organisationAddresses)
    .where(eq(organisationAddresses.organisationId, organisationId));
  if (rows.length) {
    await ex.insert(organisationAddresses).values(rows.map((r) => ({ ...r, organisationId })));
  }
}

/** Replaces a structure's networks. */
export async function replaceNetworks(ex: Executor, structureId: string, networkIds: string[]) {
  await ex.delete(structureNetworks).where(eq(structureNetworks.structureId, structureId));
  if (networkIds.length) {
    await ex
      .insert(structureNetworks)
      .values(networkIds.map((networkId) => ({ structureId, networkId })));
  }
}

/** Addresses of an organisation. */
export async function listAddresses(ex: Executor, organisationId: string): Promise<TAddressRow[]> {
  return ex
    .select()
    .from(organisationAddresses)
    .where(eq(organisationAddresses.organisationId, organisationId))
    .orderBy(asc(organisationAddresses.createdAt), asc(organisationAddresses.label));
}

/** Networks a structure belongs to (id and name). */
export async function listNetworksOf(ex: Executor, structureIds: string[]) {
  if (!structureIds.length) return [];
  return ex
    .select({
      structureId: structureNetworks.structureId,
      id: organisations.id,
      name: organisations.name,
    })
    .from(structureNetworks)
    .innerJoin(organisations, eq(organisations.id, structureNetworks.networkId))
    .where(inArray(structureNetworks.structureId, structureIds))
    .orderBy(asc(organisations.name));
}

/** Lists organisations with filters and a total for paging. */
export async function searchOrganisations(ex: Executor, q: TOrganisationQuery) {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(organisations.kind, q.kind));
  if (!q.includeInactive) where.push(eq(organisations.isActive, true));
  if (q.departementCode) where.push(eq(organisations.departementCode, q.departementCode));
  if (q.search) {
    const term = `%${q.search}%`;
    where.push(or(ilike(organisations.name, term), ilike(organisations.legalId, term))!);
  }
  if (q.networkId) {
    where.push(
      sql`${organisations.id} IN (SELECT structure_id FROM structure_networks WHERE network_id = ${q.networkId})`,
    );
  }
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(organisations)
      .where(condition)
      .orderBy(asc(organisations.name))
      .limit(q.limit)
      .offset(q.offset),
    ex.select({ n: count() }).from(organisations).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Number of organisations per kind (the admin home). */
export async function countOrganisationsByKind(ex: Executor) {
  return ex
    .select({ kind: organisations.kind, n: count() })
    .from(organisations)
    .where(eq(organisations.isActive, true))
    .groupBy(organisations.kind);
}
