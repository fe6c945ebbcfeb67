import { AppError } from '../../shared/app-error';
import type { TOrganisationQuery } from '../../shared/schemas/organisations';
import { can } from '../../domain/policy';
import {
  findOrganisation,
  listNetworksOf,
  searchOrganisations,
} from '../../db/repositories/organisations-repo';
import type { ServiceContext } from '../context';
import { loadOrganisationDetail } from './save-organisation';

/** Lists organisations (bank staff), each structure with its networks. */
export async function listOrganisations(ctx: ServiceContext, q: TOrganisationQuery) {
  const { rows, total } = await searchOrganisations(ctx.db, q);
  const networks = await listNetworksOf(
    ctx.db,
    rows.filter((r) => r.kind === 'structure').map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => ({
      ...r,
      networks: networks
        .filter((n) => n.structureId === r.id)
        .map(({ id, name }) => ({ id, name })),
    })),
  };
}

/**
 * One organisation with its addresses and networks. Members of the organisation may read it;
 * anyone else gets "not found" so ids of other structures reveal nothing.
 */
export async function getOrganisation(ctx: ServiceContext, id: string) {
  const org = await findOrganisation(ctx.db, id);
  if (!org || !can(ctx.actor, 'organisation.read', { organisationId: org.id })) {
    throw new AppError('not_found', 'Unknown organisation.');
  }
  return loadOrganisationDetail(ctx.db, org);
}
