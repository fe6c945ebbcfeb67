import { listLocations as listLocationRows } from '../../db/repositories/locations-repo';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from './access';

/** Locations the actor may see (bank staff: all, optionally of one organisation). */
export async function listLocations(
  ctx: ServiceContext,
  q: { organisationId?: string | undefined; includeInactive?: boolean | undefined },
) {
  const own = ownOrganisationFilter(ctx, 'location.read');
  if (own && q.organisationId && q.organisationId !== own) return [];
  return listLocationRows(ctx.db, {
    organisationId: own ?? q.organisationId,
    includeInactive: q.includeInactive,
  });
}
