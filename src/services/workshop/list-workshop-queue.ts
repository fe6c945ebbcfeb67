import { listQueue, type TQueueRow } from '../../db/repositories/workshop-repo';
import { DATA_BEARING_KINDS, type TDeviceKind } from '../../shared/inventory';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';

/** The step a device in the workshop waits for. */
export type TQueueStage =
  'diagnosis' | 'repair' | 'erasure' | 'os_install' | 'final_check' | 'release';

/** The stage of a queue row, from its state and what is already recorded. */
export function queueStage(row: TQueueRow): TQueueStage {
  const isDataBearing = DATA_BEARING_KINDS.includes(row.kind as TDeviceKind);
  switch (row.state) {
    case 'received':
    case 'returned':
    case 'diagnosis':
      return 'diagnosis';
    case 'repair':
      return 'repair';
    default:
      if ((isDataBearing && row.drive_count === 0) || row.cleared_drive_count < row.drive_count) {
        return 'erasure';
      }
      if (isDataBearing && !row.has_os_step) return 'os_install';
      if (!row.is_graded || !row.has_final_check) return 'final_check';
      return 'release';
  }
}

/**
 * The workshop queue: devices waiting for diagnosis, repair, erasure, OS install or final
 * check (then release to `ready`), oldest first, with counts per stage.
 */
export async function listWorkshopQueue(
  ctx: ServiceContext,
  q: { locationId?: string | undefined; limit?: number | undefined },
) {
  const rows = await listQueue(ctx.db, {
    organisationId: ownOrganisationFilter(ctx, 'workshop.record'),
    locationId: q.locationId,
    limit: q.limit ?? 500,
  });
  const items = rows.map((r) => ({
    id: r.id,
    assetTag: r.asset_tag,
    kind: r.kind,
    brand: r.brand,
    model: r.model,
    serial: r.serial,
    state: r.state,
    locationId: r.location_id,
    locationName: r.location_name,
    updatedAt: r.updated_at,
    drives: { total: r.drive_count, cleared: r.cleared_drive_count },
    isGraded: r.is_graded,
    stage: queueStage(r),
  }));
  const counts: Record<TQueueStage, number> = {
    diagnosis: 0,
    repair: 0,
    erasure: 0,
    os_install: 0,
    final_check: 0,
    release: 0,
  };
  for (const i of items) counts[i.stage]++;
  return { counts, items };
}
