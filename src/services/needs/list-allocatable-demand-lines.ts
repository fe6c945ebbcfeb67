import { AppError } from '../../shared/app-error';
import { listAllocatableRows } from '../../db/repositories/review-repo';
import { listLinks } from '../../db/repositories/requests-repo';
import { locateAddress } from '../../domain/geo/departement-centroids';
import type { ServiceContext } from '../context';
import { weighLines } from './line-weights';
import { isBankActor } from './scope';
import type { TUrgency } from '../../shared/needs-enums';

/** Geographic centre of metropolitan France, for an address whose département is unknown. */
const FRANCE_CENTRE = { lat: 46.6, lon: 2.4 };

/** Demand of the allocation engine's shape, plus where it comes from. */
export interface TAllocatableDemandLine {
  /** The request line id. */
  id: string;
  /** The network the request is made under, or 'none' for a structure in no network. */
  network: string;
  lat: number;
  lon: number;
  kind: string;
  /** Minimum spec tier; 0 when the structure accepts any tier. */
  minTier: number;
  /** Approved units not yet allocated. */
  quantity: number;
  /** 1..1000, the override when a coordinator set one. */
  weight: number;
  requestId: string;
  requestNumber: number;
  /** Position of the line in its request (0-based; shown + 1). */
  position: number;
  structureId: string;
  structureName: string;
  /** The network's id, or null for a structure in no network. */
  networkId: string | null;
  networkName: string | null;
  urgency: TUrgency;
  /** The policy's weight before any override. */
  computedWeight: number;
  departementCode: string;
  /** True when lat/lon is the département's centre (the address has no coordinates). */
  approximateLocation: boolean;
}

/**
 * Approved, not-yet-allocated request lines as demands for the allocation engine
 * (src/domain/allocation `ZDemand`): network, coordinates of the delivery address (or its
 * département's centre), kind, minimum tier, remaining quantity and weight at `ctx.now()`.
 * Bank staff only when called on behalf of a user; jobs and the CLI may call it without one.
 */
export async function listAllocatableDemandLines(
  ctx: ServiceContext,
  filter: { campaignId?: string; networkId?: string; kinds?: readonly string[] } = {},
): Promise<TAllocatableDemandLine[]> {
  if (ctx.actor && !isBankActor(ctx.actor))
    throw new AppError('auth.forbidden', 'Bank staff only.');
  const rows = await listAllocatableRows(ctx.db, filter);
  const links = await listLinks(
    ctx.db,
    rows.map((r) => r.lineId),
  );
  const weights = await weighLines(
    ctx.db,
    rows.map((r) => ({
      lineId: r.lineId,
      urgency: r.urgency,
      urgencyReason: r.urgencyReason,
      submittedAt: r.submittedAt,
      structureType: r.structureType,
      beneficiaryIds: links.filter((k) => k.lineId === r.lineId).map((k) => k.beneficiaryId),
      weightOverride: r.weightOverride,
    })),
    ctx.now(),
  );
  return rows.map((r) => {
    const place = locateAddress({ lat: r.lat, lon: r.lon, departementCode: r.departementCode });
    return {
      id: r.lineId,
      network: r.networkId ?? 'none',
      lat: place?.lat ?? FRANCE_CENTRE.lat,
      lon: place?.lon ?? FRANCE_CENTRE.lon,
      kind: r.kind,
      minTier: r.minTier ?? 0,
      quantity: r.remaining,
      weight: weights.get(r.lineId)!.effective,
      requestId: r.requestId,
      requestNumber: r.requestNumber,
      position: r.position,
      structureId: r.structureId,
      structureName: r.structureName,
      networkId: r.networkId,
      networkName: r.networkName,
      urgency: r.urgency,
      computedWeight: weights.get(r.lineId)!.computed,
      departementCode: r.departementCode,
      approximateLocation: place?.approximate ?? true,
    };
  });
}
