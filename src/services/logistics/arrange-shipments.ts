import {
  clearUnitParcels,
  findShipmentsByIds,
  insertShipment,
  moveParcels,
  moveUnits,
  unitsOfShipment,
  updateShipment,
} from '../../db/repositories/logistics-repo';
import { OPEN_SHIPMENT_STATUSES } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors, todayInFrance } from '../needs/scope';
import { assertStatus, loadShipmentFor, shipmentReference } from './access';
import { refreshPackStatus } from './generate-shipments';

/**
 * Merges other shipments into one: same structure and warehouse, none shipped yet. Their
 * units and parcels move over, they end `cancelled` pointing at the one they joined. The
 * kept shipment's delivery address wins.
 */
export async function mergeShipments(ctx: ServiceContext, id: string, otherIds: string[]) {
  return ctx.db.transaction(async (tx) => {
    const target = await loadShipmentFor(ctx, tx, id, 'shipment.manage', { lock: true });
    assertStatus(target, OPEN_SHIPMENT_STATUSES, 'merge');
    const ids = [...new Set(otherIds)].filter((o) => o !== id);
    const others = await findShipmentsByIds(tx, ids, true);
    if (others.length !== ids.length) throw new AppError('not_found', 'Unknown shipment.');
    const fields = [];
    for (const o of others) {
      assertStatus(o, OPEN_SHIPMENT_STATUSES, 'merge');
      if (
        o.structureId !== target.structureId ||
        o.warehouseLocationId !== target.warehouseLocationId
      ) {
        fields.push({
          path: 'shipmentIds',
          code: 'merge_mismatch',
          params: { reference: shipmentReference(o.number) },
        });
      }
    }
    throwIfFieldErrors(fields, 'Only shipments of the same structure and warehouse can be merged.');
    for (const o of others) {
      const units = await unitsOfShipment(tx, o.id, true);
      await moveUnits(
        tx,
        units.map((u) => u.unit.id),
        target.id,
      );
      await moveParcels(tx, o.id, target.id);
      await updateShipment(tx, o.id, {
        status: 'cancelled',
        cancelledAt: ctx.now(),
        mergedIntoId: target.id,
        updatedAt: ctx.now(),
      });
    }
    const updated = await refreshPackStatus(tx, ctx, target);
    await recordAudit(tx, ctx, {
      action: 'shipment.merge',
      entityType: 'shipment',
      entityId: target.id,
      after: { merged: others.map((o) => shipmentReference(o.number)) },
    });
    return updated;
  });
}

/** Moves some units of a shipment into a new one (same wave, structure, warehouse, address). */
export async function splitShipment(ctx: ServiceContext, id: string, unitIds: string[]) {
  return ctx.db.transaction(async (tx) => {
    const source = await loadShipmentFor(ctx, tx, id, 'shipment.manage', { lock: true });
    assertStatus(source, OPEN_SHIPMENT_STATUSES, 'split');
    const units = await unitsOfShipment(tx, id, true);
    const wanted = new Set(unitIds);
    const moving = units.filter((u) => wanted.has(u.unit.id));
    throwIfFieldErrors(
      [
        ...(moving.length !== wanted.size ? [{ path: 'unitIds', code: 'unknown_unit' }] : []),
        ...(moving.length === 0 || moving.length === units.length
          ? [{ path: 'unitIds', code: 'split_all_or_nothing' }]
          : []),
      ],
      'Choose some, not all, of the shipment’s units.',
    );
    const created = await insertShipment(tx, {
      waveId: source.waveId,
      structureId: source.structureId,
      warehouseLocationId: source.warehouseLocationId,
      delivery: source.delivery,
      deliveryKey: source.deliveryKey,
      status: 'planned',
      plannedOn: source.plannedOn,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    const ids = moving.map((u) => u.unit.id);
    await moveUnits(tx, ids, created.id);
    await clearUnitParcels(tx, ids);
    await refreshPackStatus(tx, ctx, source);
    const fresh = await refreshPackStatus(tx, ctx, created);
    await recordAudit(tx, ctx, {
      action: 'shipment.split',
      entityType: 'shipment',
      entityId: source.id,
      after: { into: shipmentReference(created.number), units: ids.length },
    });
    return { id: fresh.id, reference: shipmentReference(fresh.number) };
  });
}

/** Moves a shipment's planned day, with the reason. */
export async function postponeShipment(
  ctx: ServiceContext,
  id: string,
  input: { plannedOn: string; reason: string },
) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, id, 'shipment.manage', { lock: true });
    assertStatus(shipment, OPEN_SHIPMENT_STATUSES, 'postpone');
    throwIfFieldErrors(
      input.plannedOn < todayInFrance(ctx.now())
        ? [{ path: 'plannedOn', code: 'date_in_past' }]
        : [],
    );
    const updated = await updateShipment(tx, id, {
      plannedOn: input.plannedOn,
      postponeReason: input.reason,
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'shipment.postpone',
      entityType: 'shipment',
      entityId: id,
      before: { plannedOn: shipment.plannedOn },
      after: { plannedOn: input.plannedOn, reason: input.reason },
    });
    return updated;
  });
}
