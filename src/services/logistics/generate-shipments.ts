import type { Tx } from '../../db/connect';
import {
  allocationsWithoutShipment,
  findWaveStatus,
  insertShipment,
  insertUnits,
  unitsOfShipment,
  updateShipment,
  type TShipmentRow,
} from '../../db/repositories/logistics-repo';
import { deliveryKey } from '../../domain/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { todayInFrance } from '../needs/scope';
import { lockAllocations } from '../allocation/confirm-wave';
import { shipmentReference } from './access';

/**
 * Makes the shipments of a confirmed wave: one per structure × warehouse × delivery address,
 * holding every live reservation not yet in a shipment (so running it again after a resend or
 * a late confirmation only adds what is missing). Nothing moves in stock: units stay reserved.
 */
export async function generateShipments(ctx: ServiceContext, waveId: string) {
  return ctx.db.transaction(async (tx) => {
    // The allocation lock: a wave cancelled at the same moment cannot lose its shipments.
    await lockAllocations(tx);
    const wave = await findWaveStatus(tx, waveId);
    if (!wave) throw new AppError('not_found', 'Unknown wave.');
    if (wave.status !== 'confirmed') {
      throw new AppError('allocation.invalid_state', 'Only a confirmed wave has units to ship.', {
        status: wave.status,
      });
    }
    const rows = await allocationsWithoutShipment(tx, waveId);
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      if (r.deviceState !== 'reserved' || !r.deviceLocationId) continue;
      const key = [
        r.structureId,
        r.deviceLocationId,
        deliveryKey(r.deliveryAddressId, r.delivery),
      ].join('|');
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const created: TShipmentRow[] = [];
    for (const [key, units] of groups) {
      const first = units[0]!;
      const shipment = await insertShipment(tx, {
        waveId,
        structureId: first.structureId,
        warehouseLocationId: first.deviceLocationId!,
        delivery: first.delivery,
        deliveryKey: key.split('|').slice(2).join('|'),
        status: 'planned',
        plannedOn: todayInFrance(ctx.now()),
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      });
      await insertUnits(
        tx,
        units.map((u) => ({
          shipmentId: shipment.id,
          allocationId: u.allocationId,
          requestLineId: u.requestLineId,
          deviceId: u.deviceId,
        })),
      );
      await recordAudit(tx, ctx, {
        action: 'shipment.create',
        entityType: 'shipment',
        entityId: shipment.id,
        after: { number: shipmentReference(shipment.number), waveId, units: units.length },
      });
      created.push(shipment);
    }
    return { created: created.map((s) => ({ id: s.id, reference: shipmentReference(s.number) })) };
  });
}

/** Sets `packed` when every unit is packed, back to `planned` otherwise. */
export async function refreshPackStatus(tx: Tx, ctx: ServiceContext, shipment: TShipmentRow) {
  const units = await unitsOfShipment(tx, shipment.id);
  const complete = units.length > 0 && units.every((u) => u.unit.packedAt);
  const status = complete ? 'packed' : 'planned';
  if (status === shipment.status) return shipment;
  return updateShipment(tx, shipment.id, {
    status,
    packedAt: complete ? ctx.now() : null,
    updatedAt: ctx.now(),
  });
}
