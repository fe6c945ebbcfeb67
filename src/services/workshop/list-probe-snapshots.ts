import { listSnapshots } from '../../db/repositories/probe-repo';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';

/** Snapshots of the actor's workshop (all for bank staff), newest first. */
export async function listProbeSnapshots(
  ctx: ServiceContext,
  q: { status?: 'matched' | 'unmatched' | 'attached' | 'dismissed' | undefined },
) {
  return listSnapshots(ctx.db, {
    organisationId: ownOrganisationFilter(ctx, 'probe.manage'),
    status: q.status,
    limit: 200,
  });
}
