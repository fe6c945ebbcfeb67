import { allocationsOfRequest } from '../../db/repositories/allocation-repo';
import { findRequest } from '../../db/repositories/requests-repo';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { assertOwns } from '../needs/scope';
import { waveReference } from './read-waves';

/**
 * The devices reserved for a request, line by line: what its structure will receive. The
 * structure's referents see their own requests only (another structure's id answers 404).
 */
export async function getRequestAllocations(ctx: ServiceContext, requestId: string) {
  const request = await findRequest(ctx.db, requestId);
  if (!request) throw new AppError('not_found', 'Unknown request.');
  assertOwns(ctx, 'request.read', request.structureId, 'request');
  const rows = await allocationsOfRequest(ctx.db, requestId);
  return {
    items: rows.map((r) => ({
      lineId: r.line_id,
      wave: waveReference(Number(r.wave_number)),
      deviceId: r.device_id,
      assetTag: r.asset_tag,
      kind: r.kind,
      brand: r.brand,
      model: r.model,
      tier: r.tier,
      grade: r.grade,
      state: r.state,
      locationName: r.location_name,
      reservedAt: new Date(r.reserved_at).toISOString(),
    })),
  };
}
