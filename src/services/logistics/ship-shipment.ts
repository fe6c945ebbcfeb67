import { setDevicesState } from '../../db/repositories/allocation-repo';
import {
  findCarrier,
  insertTrackingEvent,
  unitsOfShipment,
  updateShipment,
} from '../../db/repositories/logistics-repo';
import { transition } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors, todayInFrance } from '../needs/scope';
import { appendDeviceEvents } from '../stock/ledger';
import { chargeGrantInTx } from '../supply/grant-money';
import { assertStatus, assertWaveLive, loadShipmentFor, shipmentReference } from './access';

/** What the coordinator enters when the carrier takes the shipment. */
export interface TShipInput {
  carrierId: string;
  service?: string | null | undefined;
  trackingNumbers: string[];
  costCents?: number | null | undefined;
  /** Grant the cost is charged to, when it says so. */
  costGrantId?: string | null | undefined;
}

/**
 * Hands a fully packed shipment to its carrier: every device goes reserved → shipped in the
 * ledger, the tracking numbers are kept and the cost is charged to a grant when one is named.
 * A shipment with units still to scan is refused with 409 `logistics.not_packed`.
 */
export async function shipShipment(ctx: ServiceContext, id: string, input: TShipInput) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, id, 'shipment.manage', { lock: true });
    const units = await unitsOfShipment(tx, id, true);
    await assertWaveLive(tx, shipment);
    if (shipment.status === 'planned') {
      const packed = units.filter((u) => u.unit.packedAt).length;
      throw new AppError(
        'logistics.not_packed',
        `${shipmentReference(shipment.number)} is not fully packed: ${packed} of ${units.length} units scanned.`,
        {
          packed,
          units: units.length,
          missing: units.filter((u) => !u.unit.packedAt).map((u) => u.device.assetTag),
        },
      );
    }
    assertStatus(shipment, ['packed'], 'ship');
    const carrier = await findCarrier(tx, input.carrierId);
    const tracking = [...new Set(input.trackingNumbers.map((t) => t.trim()).filter(Boolean))];
    throwIfFieldErrors([
      ...(!carrier || !carrier.isActive ? [{ path: 'carrierId', code: 'unknown_carrier' }] : []),
      ...(tracking.length ? [] : [{ path: 'trackingNumbers', code: 'required' }]),
      ...(input.costGrantId && !input.costCents ? [{ path: 'costCents', code: 'required' }] : []),
    ]);
    for (const u of units) {
      const t = transition(u.device.state, 'ship');
      if (!t.ok) {
        throw new AppError('state.invalid', `${u.device.assetTag}: ${t.error.message}`, {
          assetTag: u.device.assetTag,
        });
      }
    }
    const ids = units.map((u) => u.device.id);
    const shipped = new Map(
      (await setDevicesState(tx, ids, 'reserved', 'shipped', ctx.now())).map((d) => [d.id, d]),
    );
    const reference = shipmentReference(shipment.number);
    await appendDeviceEvents(
      tx,
      ctx,
      units.map((u) => ({
        type: 'ship',
        previous: u.device,
        device: shipped.get(u.device.id)!,
        reason: reference,
        linkedType: 'shipment',
        linkedId: shipment.id,
        evidence: { event: 'ship', carrier: carrier!.code, tracking },
      })),
    );
    let costChargeId: string | null = null;
    if (input.costGrantId && input.costCents) {
      const charge = await chargeGrantInTx(tx, ctx, {
        grantId: input.costGrantId,
        amountCents: input.costCents,
        category: 'logistics',
        linkedType: 'shipment',
        linkedId: shipment.id,
        chargedOn: todayInFrance(ctx.now()),
        description: `Transport ${reference} (${carrier!.name})`,
      });
      costChargeId = charge.id;
    }
    const updated = await updateShipment(tx, id, {
      status: 'shipped',
      carrierId: carrier!.id,
      service: input.service?.trim() || null,
      trackingNumbers: tracking,
      costCents: input.costCents ?? null,
      costGrantId: input.costGrantId ?? null,
      costChargeId,
      shippedAt: ctx.now(),
      shippedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now(),
    });
    await insertTrackingEvent(tx, {
      shipmentId: id,
      source: 'manual',
      status: 'in_transit',
      trackingNumber: tracking[0] ?? null,
      at: ctx.now(),
      recordedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'shipment.ship',
      entityType: 'shipment',
      entityId: id,
      before: { status: shipment.status },
      after: {
        status: 'shipped',
        units: units.length,
        tracking,
        costCents: input.costCents ?? null,
      },
    });
    return updated;
  });
}
