import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../connect';
import { auditEvents, organisationAddresses, organisations, structureNetworks } from '../schema';

/** Rows per INSERT statement (keeps every statement well under 65,535 parameters). */
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Writes many organisations with their addresses and networks in multi-row INSERTs (CSV
 * imports). Ids are chosen by the caller so rows can be linked without reading them back.
 */
export async function insertOrganisationsBulk(
  ex: Executor,
  input: {
    organisations: (typeof organisations.$inferInsert & { id: string })[];
    addresses: (typeof organisationAddresses.$inferInsert)[];
    networks: { structureId: string; networkId: string }[];
  },
) {
  await insertChunked(input.organisations, (c) => ex.insert(organisations).values(c));
  await insertChunked(input.addresses, (c) => ex.insert(organisationAddresses).values(c));
  await insertChunked(input.networks, (c) => ex.insert(structureNetworks).values(c));
}

/** Writes many audit events at once (one per imported record). */
export async function insertAuditEventsBulk(
  ex: Executor,
  rows: (typeof auditEvents.$inferInsert)[],
) {
  await insertChunked(rows, (c) => ex.insert(auditEvents).values(c));
}

/** Which of these SIRETs an organisation already has. */
export async function findTakenLegalIds(ex: Executor, legalIds: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < legalIds.length; i += CHUNK) {
    const rows = await ex
      .select({ legalId: organisations.legalId })
      .from(organisations)
      .where(
        and(
          isNotNull(organisations.legalId),
          inArray(organisations.legalId, legalIds.slice(i, i + CHUNK)),
        ),
      );
    for (const r of rows) if (r.legalId) taken.add(r.legalId);
  }
  return taken;
}

/** Every network (id and name), to match the names written in a CSV. */
export async function listAllNetworks(ex: Executor) {
  return ex
    .select({ id: organisations.id, name: organisations.name, isActive: organisations.isActive })
    .from(organisations)
    .where(eq(organisations.kind, 'network'));
}
