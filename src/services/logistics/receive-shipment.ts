import { randomUUID } from 'node:crypto';
import { setDevicesState } from '../../db/repositories/allocation-repo';
import {
  bumpFulfilledQuantity,
  findDeviceByAssetTag,
  insertDiscrepancy,
  unitsOfShipment,
  updateShipment,
  updateUnit,
} from '../../db/repositories/logistics-repo';
import { assetTagFromScan } from '../../domain/device/asset-tag';
import type { TReceptionResult } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors } from '../needs/scope';
import { appendDeviceEvents } from '../stock/ledger';
import { assertStatus, loadShipmentFor, shipmentReference } from './access';
import { storeEvidence } from './evidence';
import { updateRequestProgress } from './request-progress';

/** What the referent says of the shipment, unit by unit. */
export interface TReceptionInput {
  units: {
    unitId: string;
    result: TReceptionResult;
    comment?: string | null | undefined;
    /** Photo of a damaged unit, as a data URL. */
    photo?: string | null | undefined;
  }[];
  /** Units that arrived but were not on the delivery note. */
  extras?: { code: string; comment?: string | null | undefined }[] | undefined;
}

/**
 * The structure confirms what arrived, once: every unit gets a result. Received and damaged
 * units go shipped → delivered in the ledger (received ones count as fulfilled on their line);
 * missing and damaged units, and extras, each open a discrepancy for the coordinator. A second
 * confirmation is refused with 409 `logistics.already_received` and changes nothing.
 */
export async function receiveShipment(ctx: ServiceContext, id: string, input: TReceptionInput) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, id, 'shipment.receive', { lock: true });
    const reference = shipmentReference(shipment.number);
    if (shipment.status === 'received') {
      throw new AppError(
        'logistics.already_received',
        `The reception of ${reference} was already confirmed.`,
        { receivedAt: shipment.receivedAt },
      );
    }
    assertStatus(shipment, ['shipped', 'delivered'], 'confirm the reception of');
    const units = await unitsOfShipment(tx, id, true);
    const given = new Map(input.units.map((u) => [u.unitId, u]));
    const known = new Set(units.map((u) => u.unit.id));
    throwIfFieldErrors(
      [
        ...units
          .filter((u) => !given.has(u.unit.id))
          .map((u) => ({
            path: 'units',
            code: 'unit_without_result',
            params: { assetTag: u.device.assetTag },
          })),
        ...input.units
          .map((u, i) => ({ u, i }))
          .filter(({ u }) => !known.has(u.unitId))
          .map(({ i }) => ({ path: `units.${i}.unitId`, code: 'unknown_unit' })),
      ],
      'Give a result for every unit of the shipment.',
    );

    const arrived = units.filter((u) => given.get(u.unit.id)!.result !== 'missing');
    const delivered = new Map(
      (
        await setDevicesState(
          tx,
          arrived.map((u) => u.device.id),
          'shipped',
          'delivered',
          ctx.now(),
        )
      ).map((d) => [d.id, d]),
    );
    if (delivered.size !== arrived.length) {
      throw new AppError('state.invalid', 'Some devices of this shipment are no longer shipped.');
    }
    await appendDeviceEvents(
      tx,
      ctx,
      arrived.map((u) => ({
        type: 'deliver',
        previous: u.device,
        device: delivered.get(u.device.id)!,
        reason: reference,
        linkedType: 'shipment',
        linkedId: shipment.id,
        evidence: { event: 'deliver', result: given.get(u.unit.id)!.result },
      })),
    );
    const fulfilledLines: string[] = [];
    let discrepancies = 0;
    for (const [index, u] of units.entries()) {
      const r = given.get(u.unit.id)!;
      await updateUnit(tx, u.unit.id, {
        receptionResult: r.result,
        receptionComment: r.comment?.trim() || null,
        receivedAt: ctx.now(),
      });
      if (r.result === 'received') {
        await bumpFulfilledQuantity(tx, u.unit.requestLineId, 1);
        fulfilledLines.push(u.unit.requestLineId);
        continue;
      }
      const photoId = r.photo
        ? await storeEvidence(tx, ctx, {
            kind: 'photo',
            dataUrl: r.photo,
            structureId: shipment.structureId,
            path: `units.${index}.photo`,
          })
        : null;
      await insertDiscrepancy(tx, {
        id: randomUUID(),
        shipmentId: id,
        unitId: u.unit.id,
        deviceId: u.device.id,
        kind: r.result,
        comment: r.comment?.trim() || null,
        photoId,
        reportedBy: ctx.actor?.userId ?? null,
        reportedAt: ctx.now(),
      });
      discrepancies++;
    }
    for (const extra of input.extras ?? []) {
      const tag = assetTagFromScan(extra.code);
      const device = tag ? await findDeviceByAssetTag(tx, tag) : undefined;
      await insertDiscrepancy(tx, {
        shipmentId: id,
        deviceId: device?.id ?? null,
        code: extra.code.trim(),
        kind: 'extra',
        comment: extra.comment?.trim() || null,
        reportedBy: ctx.actor?.userId ?? null,
        reportedAt: ctx.now(),
      });
      discrepancies++;
    }
    const updated = await updateShipment(tx, id, {
      status: 'received',
      deliveredAt: shipment.deliveredAt ?? ctx.now(),
      receivedAt: ctx.now(),
      receivedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now(),
    });
    await updateRequestProgress(tx, ctx, fulfilledLines, reference);
    await recordAudit(tx, ctx, {
      action: 'shipment.receive',
      entityType: 'shipment',
      entityId: id,
      before: { status: shipment.status },
      after: { status: 'received', received: fulfilledLines.length, discrepancies },
    });
    return { shipment: updated, received: fulfilledLines.length, discrepancies };
  });
}
