import type { Tx } from '../../db/connect';
import type { TDeviceRow } from '../../db/repositories/devices-repo';
import { insertStep, setStepParts } from '../../db/repositories/workshop-repo';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { ZWorkshopStepInput, type TWorkshopStepInput } from '../../shared/schemas/workshop';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor, loadLocationFor } from '../inventory/access';
import { checkLicence } from '../inventory/check-device-fields';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { saveDeviceChange } from '../inventory/save-device-change';
import { applyTransition } from '../inventory/transition-device';
import { appendItemEvent } from '../stock/ledger';

/** Takes the parts used from stock, one `consume_part` event each, linked to the step. */
async function consumeParts(
  tx: Tx,
  ctx: ServiceContext,
  stepId: string,
  deviceId: string,
  defaultLocationId: string | null,
  parts: { itemId: string; quantity: number; locationId?: string | undefined }[],
) {
  const used: { itemId: string; quantity: number; locationId: string }[] = [];
  for (const [i, part] of parts.entries()) {
    const locationId = part.locationId ?? defaultLocationId;
    if (!locationId) throwIfFieldErrors([{ path: `partsUsed.${i}.locationId`, code: 'required' }]);
    await loadLocationFor(ctx, tx, locationId!, 'stock.adjust');
    await appendItemEvent(tx, ctx, {
      type: 'consume_part',
      itemId: part.itemId,
      quantity: part.quantity,
      fromLocationId: locationId,
      linkedType: 'workshop_step',
      linkedId: stepId,
      evidence: { deviceId },
    });
    used.push({ itemId: part.itemId, quantity: part.quantity, locationId: locationId! });
  }
  return used;
}

/**
 * Records a refurbishment step (operator, time, result, notes, parts used), and optionally
 * applies a lifecycle event right after (e.g. diagnosis passed → `start_erasure`). Parts are
 * taken from stock in the same transaction; not enough stock refuses the whole step (409).
 */
export async function recordWorkshopStep(
  ctx: ServiceContext,
  deviceId: string,
  raw: TWorkshopStepInput,
) {
  const input = parseInput(ZWorkshopStepInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'workshop.record', { lock: true });
    if (!isWorkshopEditable(device.state) || device.state === 'expected') {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: no workshop step on a device in state "${device.state}".`,
        { state: device.state },
      );
    }
    if (input.step === 'os_install' && input.result !== 'fail') {
      throwIfFieldErrors([
        ...(input.osName ? [] : [{ path: 'osName', code: 'required' }]),
        ...checkLicence(input.osName, input.osLicenceRef, 'osLicenceRef'),
      ]);
    }
    const now = ctx.now();
    const step = await insertStep(tx, {
      deviceId: device.id,
      step: input.step,
      result: input.result,
      operatorUserId: ctx.actor?.userId ?? null,
      at: now,
      minutesSpent: input.minutesSpent ?? null,
      notes: input.notes ?? null,
    });
    const partsUsed = await consumeParts(
      tx,
      ctx,
      step.id,
      device.id,
      device.locationId,
      input.partsUsed,
    );
    // The parts are known once taken from stock; the step row then records them.
    if (partsUsed.length) await setStepParts(tx, step.id, partsUsed);
    let current: TDeviceRow = device;
    if (input.step === 'os_install' && input.result !== 'fail') {
      const saved = await saveDeviceChange(
        tx,
        ctx,
        device,
        { osName: input.osName!, osLicenceRef: input.osLicenceRef ?? null },
        { type: 'grade' },
      );
      current = saved.device;
    }
    if (input.then) {
      current = (await applyTransition(tx, ctx, current, input.then, { reason: input.reason }))
        .device;
    }
    await recordAudit(tx, ctx, {
      action: 'workshop.step',
      entityType: 'device',
      entityId: device.id,
      after: { step: input.step, result: input.result, partsUsed, then: input.then ?? null },
    });
    return { ...step, partsUsed, deviceState: current.state };
  });
}
