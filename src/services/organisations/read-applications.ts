import { AppError } from '../../shared/app-error';
import type { TApplicationQuery } from '../../shared/schemas/structure-applications';
import {
  findApplication,
  searchApplications,
  type TApplicationRow,
} from '../../db/repositories/applications-repo';
import { findOrganisationsByIds } from '../../db/repositories/organisations-repo';
import type { ServiceContext } from '../context';

/** An application as coordinators see it (never the edit token's hash). */
export function presentApplication(row: TApplicationRow, networkNames: Map<string, string>) {
  const { editTokenHash: _hash, ...rest } = row;
  return {
    ...rest,
    networks: row.networkIds.map((id) => ({ id, name: networkNames.get(id) ?? '' })),
  };
}

async function names(ctx: ServiceContext, ids: string[]) {
  const rows = await findOrganisationsByIds(ctx.db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Applications to review, oldest first. */
export async function listApplications(ctx: ServiceContext, q: TApplicationQuery) {
  const { rows, total } = await searchApplications(ctx.db, q);
  const n = await names(
    ctx,
    rows.flatMap((r) => r.networkIds),
  );
  return { total, items: rows.map((r) => presentApplication(r, n)) };
}

/** One application. */
export async function getApplication(ctx: ServiceContext, id: string) {
  const row = await findApplication(ctx.db, id);
  if (!row) throw new AppError('not_found', 'Unknown application.');
  return presentApplication(row, await names(ctx, row.networkIds));
}
