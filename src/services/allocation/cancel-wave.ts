import {
  bumpAllocatedQuantities,
  findWave,
  liveAllocationsOfWave,
  releaseAllocations,
  setDevicesState,
  updateWave,
} from '../../db/repositories/allocation-repo';
import { eq, inArray } from 'drizzle-orm';
import { shipments } from '../../db/schema';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { appendDeviceEvents } from '../stock/ledger';
import { lockAllocations } from './confirm-wave';
import { waveReference } from './read-waves';
import { assertBankActor } from './wave-inputs';

/**
 * Cancels a wave. A draft is simply dropped. A confirmed wave gives back everything it
 * reserved, in one transaction: devices `reserved` → `ready` through the ledger, reservations
 * closed, the lines' allocated units lowered. Refused once any of its devices has shipped.
 */
export async function cancelWave(ctx: ServiceContext, id: string, reason: string | null) {
  assertBankActor(ctx);
  return ctx.db.transaction(async (tx) => {
    await lockAllocations(tx);
    const wave = await findWave(tx, id, true);
    if (!wave) throw new AppError('not_found', 'Unknown wave.');
    if (wave.status === 'cancelled') {
      throw new AppError('allocation.invalid_state', 'This wave is already cancelled.', {
        status: wave.status,
      });
    }
    let released = 0;
    if (wave.status === 'confirmed') {
      const waveShipments = await tx
        .select({ id: shipments.id, status: shipments.status })
        .from(shipments)
        .where(eq(shipments.waveId, wave.id))
        .for('update');
      const underway = waveShipments.filter(
        (x) => x.status !== 'planned' && x.status !== 'cancelled',
      );
      if (underway.length) {
        throw new AppError(
          'allocation.shipped',
          `${underway.length} shipment(s) of this wave are already packed or sent; it can no longer be cancelled.`,
          { shipments: underway.length },
        );
      }
      const planned = waveShipments.filter((x) => x.status === 'planned').map((x) => x.id);
      if (planned.length) {
        await tx
          .update(shipments)
          .set({ status: 'cancelled', cancelledAt: ctx.now(), updatedAt: ctx.now() })
          .where(inArray(shipments.id, planned));
      }
      const live = await liveAllocationsOfWave(tx, wave.id);
      const gone = live.filter((l) => l.device.state !== 'reserved');
      if (gone.length) {
        throw new AppError(
          'allocation.shipped',
          `${gone.length} device(s) of this wave have left the warehouse; it can no longer be cancelled.`,
          { assetTags: gone.map((g) => g.device.assetTag).slice(0, 50), count: gone.length },
        );
      }
      const reference = waveReference(wave.number);
      const updated = new Map(
        (
          await setDevicesState(
            tx,
            live.map((l) => l.device.id),
            'reserved',
            'ready',
            ctx.now(),
          )
        ).map((d) => [d.id, d]),
      );
      await appendDeviceEvents(
        tx,
        ctx,
        live.map((l) => ({
          type: 'release',
          previous: l.device,
          device: updated.get(l.device.id)!,
          reason: reason ? `${reference}: ${reason}` : reference,
          linkedType: 'request_line',
          linkedId: l.allocation.requestLineId,
          evidence: { event: 'release', waveId: wave.id },
        })),
      );
      await releaseAllocations(
        tx,
        live.map((l) => l.allocation.id),
        ctx.now(),
        reason ?? 'wave cancelled',
      );
      const perLine = new Map<string, number>();
      for (const l of live) {
        perLine.set(l.allocation.requestLineId, (perLine.get(l.allocation.requestLineId) ?? 0) + 1);
      }
      await bumpAllocatedQuantities(tx, new Map([...perLine].map(([lineId, n]) => [lineId, -n])));
      released = live.length;
    }
    const cancelled = await updateWave(tx, wave.id, {
      status: 'cancelled',
      cancelledAt: ctx.now(),
      cancelledBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'allocation.cancel',
      entityType: 'allocation_wave',
      entityId: wave.id,
      before: { status: wave.status },
      after: { status: 'cancelled', releasedUnits: released, reason },
    });
    return { wave: cancelled, releasedUnits: released };
  });
}
