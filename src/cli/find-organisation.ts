import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { organisations } from '../db/schema';
import { AppError } from '../shared/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds an organisation by id or exact name; without either, the (first) bank. */
export async function findOrganisationByIdOrName(db: Db, idOrName: string | undefined) {
  const rows = await db
    .select()
    .from(organisations)
    .where(
      idOrName
        ? UUID.test(idOrName)
          ? or(eq(organisations.id, idOrName), eq(organisations.name, idOrName))
          : eq(organisations.name, idOrName)
        : and(eq(organisations.kind, 'bank')),
    )
    .limit(2);
  if (!rows[0]) {
    throw new AppError(
      'not_found',
      idOrName
        ? `No organisation named or with id "${idOrName}".`
        : 'No bank organisation yet: run `passerelle seed --demo` or create one first.',
    );
  }
  if (rows.length > 1 && idOrName) {
    throw new AppError('conflict', `Several organisations are named "${idOrName}"; use the id.`);
  }
  return rows[0];
}
