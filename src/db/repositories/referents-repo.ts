import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connect';
import { memberships, organisations, users } from '../schema';

/** Active referents of structures, with what a mail needs (address and language). */
export async function listReferents(ex: Executor, structureIds: string[]) {
  if (!structureIds.length) return [];
  return ex
    .select({
      structureId: memberships.organisationId,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      hasPassword: users.passwordHash,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, structureIds),
        eq(memberships.role, 'referent'),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.email))
    .then((rows) =>
      rows.map(({ hasPassword, ...r }) => ({ ...r, hasAccount: hasPassword != null })),
    );
}

/** A network's coordinator contact: the linked user's address, else the typed one. */
export async function findNetworkCoordinatorContact(ex: Executor, networkId: string) {
  const [row] = await ex
    .select({
      name: organisations.name,
      coordinatorName: organisations.coordinatorName,
      coordinatorEmail: organisations.coordinatorEmail,
      userEmail: users.email,
      userLocale: users.locale,
    })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.coordinatorUserId))
    .where(eq(organisations.id, networkId));
  if (!row) return undefined;
  const email = row.userEmail ?? row.coordinatorEmail;
  return email ? { email, locale: row.userLocale ?? 'fr', networkName: row.name } : undefined;
}
