import type { Executor } from '../../db/connect';
import { findLocation } from '../../db/repositories/locations-repo';
import {
  findShipment,
  findWaveStatus,
  type TShipmentRow,
} from '../../db/repositories/logistics-repo';
import type { TAction } from '../../domain/policy';
import type { TShipmentStatus } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from '../inventory/access';

/**
 * Who may act on a shipment: the bank's staff on all; a structure's referent on those going to
 * their structure (read, receive); a workshop operator on those leaving their organisation's
 * warehouse (pick, pack). Anything else answers 404, like an unknown id.
 */

/** Human number of a shipment: E-000012. */
export function shipmentReference(n: number): string {
  return `E-${String(n).padStart(6, '0')}`;
}

/**
 * The organisation owning a shipment for an action: its structure, or its warehouse's owner
 * (packing, and reading for the workshop operators who pack it).
 */
async function ownerFor(
  ctx: ServiceContext,
  ex: Executor,
  shipment: TShipmentRow,
  action: TAction,
) {
  if (
    action === 'shipment.pack' ||
    (action === 'shipment.read' && ctx.actor?.role === 'workshop_operator')
  ) {
    return (await findLocation(ex, shipment.warehouseLocationId))?.organisationId ?? null;
  }
  return shipment.structureId;
}

/** A shipment the actor may act on with `action`, or 404; `lock` holds its row. */
export async function loadShipmentFor(
  ctx: ServiceContext,
  ex: Executor,
  id: string,
  action: TAction,
  options: { lock?: boolean } = {},
): Promise<TShipmentRow> {
  const shipment = await findShipment(ex, id, options.lock ?? false);
  if (!shipment || !canOnOrganisation(ctx, action, await ownerFor(ctx, ex, shipment, action))) {
    throw new AppError('not_found', 'Unknown shipment.', { shipmentId: id });
  }
  return shipment;
}

/** Refuses with 409 `logistics.invalid_state` unless the shipment is in one of `allowed`. */
export function assertStatus(
  shipment: TShipmentRow,
  allowed: readonly TShipmentStatus[],
  doing: string,
) {
  if (!allowed.includes(shipment.status)) {
    throw new AppError(
      'logistics.invalid_state',
      `${shipmentReference(shipment.number)} is ${shipment.status}: cannot ${doing} (allowed when ${allowed.join(' or ')}).`,
      { status: shipment.status, allowed },
    );
  }
}

/**
 * Refuses work on a shipment whose wave was cancelled after it was generated (its units are
 * no longer reserved): 409 `logistics.invalid_state`.
 */
export async function assertWaveLive(ex: Executor, shipment: TShipmentRow) {
  const wave = await findWaveStatus(ex, shipment.waveId);
  if (wave?.status !== 'confirmed') {
    throw new AppError(
      'logistics.invalid_state',
      `The allocation wave of ${shipmentReference(shipment.number)} was cancelled: its units are no longer reserved.`,
      { waveStatus: wave?.status ?? null },
    );
  }
}
