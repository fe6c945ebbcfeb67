import type { Tx } from '../../db/connect';
import { updateDevice, type TDeviceRow } from '../../db/repositories/devices-repo';
import { transition, type TDeviceEvent } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import type { TStockEventType } from '../../shared/inventory';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { appendDeviceEvents, type TEventContext } from '../stock/ledger';
import { loadDeviceFor } from './access';
import { loadTransitionFacts } from './device-facts';

/** What a transition may carry besides the event. */
export interface TTransitionExtra extends TEventContext {
  recyclerReceiptRef?: string | null | undefined;
  /** Ledger type to write instead of the table's (e.g. `count_adjust` from a stock count). */
  ledgerType?: TStockEventType | undefined;
}

/**
 * Applies a lifecycle event to a locked device inside the caller's transaction: checks the
 * transition table and its guards, updates the row and appends the ledger event. Refuses with
 * 409 `state.invalid` and a message saying what is missing. Other issues (allocation,
 * logistics) call this from their own transactions.
 */
export async function applyTransition(
  tx: Tx,
  ctx: ServiceContext,
  device: TDeviceRow,
  event: TDeviceEvent,
  extra: TTransitionExtra = {},
): Promise<{ device: TDeviceRow; eventId: number }> {
  const facts = await loadTransitionFacts(tx, device, {
    reason: extra.reason ?? null,
    recyclerReceiptRef: extra.recyclerReceiptRef ?? null,
  });
  const result = transition(device.state, event, facts);
  if (!result.ok) {
    const { message, ...details } = result.error;
    throw new AppError('state.invalid', `${device.assetTag}: ${message}`, {
      ...details,
      deviceId: device.id,
      assetTag: device.assetTag,
    });
  }
  const updated = await updateDevice(tx, device.id, {
    state: result.state,
    ...(event === 'recycle' ? { recyclerReceiptRef: extra.recyclerReceiptRef!.trim() } : {}),
    updatedAt: ctx.now(),
  });
  const { ledgerType, recyclerReceiptRef: _r, ...eventContext } = extra;
  const [eventId] = await appendDeviceEvents(tx, ctx, [
    {
      ...eventContext,
      type: ledgerType ?? result.ledger,
      previous: device,
      device: updated,
      evidence: { event, ...((extra.evidence as object | undefined) ?? {}) },
    },
  ]);
  await recordAudit(tx, ctx, {
    action: `device.${event}`,
    entityType: 'device',
    entityId: device.id,
    before: { state: device.state },
    after: { state: updated.state, reason: extra.reason ?? null },
  });
  return { device: updated, eventId: eventId! };
}

/** Moves a device along its lifecycle (route `POST /api/devices/:id/transitions`). */
export async function transitionDevice(
  ctx: ServiceContext,
  deviceId: string,
  input: { event: TDeviceEvent } & TTransitionExtra,
) {
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'device.transition', { lock: true });
    const { event, ...extra } = input;
    const { device: updated, eventId } = await applyTransition(tx, ctx, device, event, extra);
    return {
      id: updated.id,
      assetTag: updated.assetTag,
      state: updated.state,
      previousState: device.state,
      eventId,
    };
  });
}
