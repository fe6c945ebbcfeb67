import { insertStep } from '../../db/repositories/workshop-repo';
import { overallGrade } from '../../domain/device/grading';
import { PRE_READY_STATES } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { ZGradeInput, type TGradeInput } from '../../shared/schemas/workshop';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from '../inventory/access';
import { checkLicence } from '../inventory/check-device-fields';
import { getDeviceInTx } from '../inventory/get-device';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { qualifyDevice } from '../inventory/qualify-device';
import { saveDeviceChange } from '../inventory/save-device-change';

/**
 * Grades a device (appearance A–E, function A–D, battery, OS) and qualifies it against the
 * active spec tiers. Grade and tier are stock dimensions, so a `grade` ledger event moves the
 * device's count in the same transaction. A `grading` workshop step keeps the operator's time.
 */
export async function gradeDevice(ctx: ServiceContext, deviceId: string, raw: TGradeInput) {
  const input = parseInput(ZGradeInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'workshop.record', { lock: true });
    if (![...PRE_READY_STATES, 'ready', 'returned'].includes(device.state)) {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: a device in state "${device.state}" cannot be graded.`,
        { state: device.state },
      );
    }
    const osName = input.osName ?? device.osName;
    const osLicenceRef = input.osLicenceRef ?? device.osLicenceRef;
    throwIfFieldErrors(checkLicence(osName, osLicenceRef, 'osLicenceRef'));
    const battery =
      input.batteryHealthPct === undefined ? device.batteryHealthPct : input.batteryHealthPct;
    const qualification = await qualifyDevice(tx, { ...device, batteryHealthPct: battery });
    const patch = {
      appearanceGrade: input.appearanceGrade,
      functionGrade: input.functionGrade,
      grade: overallGrade(input.appearanceGrade, input.functionGrade),
      batteryHealthPct: battery,
      osName,
      osLicenceRef,
      specTierId: qualification.tier?.id ?? null,
      specTierNumber: qualification.tier?.number ?? null,
    };
    const { eventId } = await saveDeviceChange(tx, ctx, device, patch, {
      type: 'grade',
      evidence: {
        appearanceGrade: input.appearanceGrade,
        functionGrade: input.functionGrade,
        tierId: patch.specTierId,
      },
    });
    await insertStep(tx, {
      deviceId: device.id,
      step: 'grading',
      result: 'done',
      operatorUserId: ctx.actor?.userId ?? null,
      at: ctx.now(),
      minutesSpent: input.minutesSpent ?? null,
      notes: input.notes ?? `${input.appearanceGrade}/${input.functionGrade}`,
    });
    await recordAudit(tx, ctx, {
      action: 'workshop.grade',
      entityType: 'device',
      entityId: device.id,
      before: {
        appearanceGrade: device.appearanceGrade,
        functionGrade: device.functionGrade,
        specTierNumber: device.specTierNumber,
      },
      after: patch,
    });
    return { eventId, device: await getDeviceInTx(ctx, tx, device.id) };
  });
}
