import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect';
import { findBeneficiary } from '../../db/repositories/beneficiaries-repo';
import { findDevice } from '../../db/repositories/devices-repo';
import { bumpHandedOverQuantity, lastUnitOfDevice } from '../../db/repositories/logistics-repo';
import {
  bumpCharterCodeAttempts,
  findUsableCharterCode,
  insertCharterCode,
  insertFollowUp,
  insertHandover,
  markCharterCodeUsed,
} from '../../db/repositories/handovers-repo';
import { addDays, checkHandoverTerms } from '../../domain/logistics';
import { can } from '../../domain/policy';
import { LOGISTICS_LIMITS, type TCharterMethod, type THandoverForm } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from '../inventory/access';
import { throwIfFieldErrors, todayInFrance } from '../needs/scope';
import { applyTransition } from '../inventory/transition-device';
import { storeEvidence } from './evidence';
import { getLogisticsSettings } from './logistics-settings';

/** What the referent enters to hand a device over. */
export interface THandoverInput {
  deviceId: string;
  beneficiaryId: string;
  form: THandoverForm;
  handedOverOn: string;
  priceCents?: number | null | undefined;
  returnDueOn?: string | null | undefined;
  charter: {
    method: TCharterMethod;
    /** Drawn signature (PNG data URL) for `signature`, photo of the signed charter for `photo`. */
    image?: string | null | undefined;
    codeId?: string | null | undefined;
    code?: string | null | undefined;
  };
}

const hashCode = (id: string, code: string) =>
  createHash('sha256').update(`${id}:${code}`).digest('hex');

/** A beneficiary of `structureId` the actor may act for; foreign ones answer 404 (or 409 for the bank). */
async function loadBeneficiaryFor(ctx: ServiceContext, tx: Tx, id: string, structureId: string) {
  const b = await findBeneficiary(tx, id);
  if (!b || !can(ctx.actor, 'beneficiary.read', { organisationId: b.structureId })) {
    throw new AppError('not_found', 'Unknown beneficiary.', { beneficiaryId: id });
  }
  if (b.structureId !== structureId) {
    throw new AppError(
      'handover.beneficiary_other_structure',
      'This beneficiary belongs to another structure than the one the device was delivered to.',
      { beneficiaryId: id },
    );
  }
  return b;
}

/**
 * A one-time code for a beneficiary to accept the charter: shown once to the referent, who
 * gives it to the beneficiary; typed back at the handover. Kept hashed, valid 24 hours.
 */
export async function createCharterCode(ctx: ServiceContext, beneficiaryId: string) {
  return ctx.db.transaction(async (tx) => {
    const b = await findBeneficiary(tx, beneficiaryId);
    if (!b || !can(ctx.actor, 'handover.write', { organisationId: b.structureId })) {
      throw new AppError('not_found', 'Unknown beneficiary.');
    }
    const id = randomUUID();
    const code = String(randomInt(0, 10 ** LOGISTICS_LIMITS.charterCodeDigits)).padStart(
      LOGISTICS_LIMITS.charterCodeDigits,
      '0',
    );
    const expiresAt = new Date(
      ctx.now().getTime() + LOGISTICS_LIMITS.charterCodeTtlHours * 3600_000,
    );
    await insertCharterCode(tx, {
      id,
      structureId: b.structureId,
      beneficiaryId,
      codeHash: hashCode(id, code),
      expiresAt,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    return { id, code, expiresAt };
  });
}

/**
 * Hands a delivered device over to one of the structure's own beneficiaries: delivered →
 * handed_over in the ledger (the ledger keeps only the handover's id, never the beneficiary),
 * the line's handed-over units raised, the charter's acceptance and its evidence kept, and a
 * follow-up question planned. Refused: a device this structure did not receive (404 when it
 * went elsewhere, 409 `handover.not_delivered` while not confirmed), another structure's
 * beneficiary, a loan due back before it is lent, a wrong or used code.
 */
export async function createHandover(ctx: ServiceContext, input: THandoverInput) {
  try {
    return await handOver(ctx, input);
  } catch (error) {
    const wrong = error instanceof AppError ? error.details?.wrongCodeId : undefined;
    if (typeof wrong === 'string') await bumpCharterCodeAttempts(ctx.db, wrong);
    throw error;
  }
}

async function handOver(ctx: ServiceContext, input: THandoverInput) {
  return ctx.db.transaction(async (tx) => {
    const last = await lastUnitOfDevice(tx, input.deviceId);
    if (!last || !can(ctx.actor, 'handover.write', { organisationId: last.shipment.structureId })) {
      throw new AppError('not_found', 'Unknown device.', { deviceId: input.deviceId });
    }
    const structureId = last.shipment.structureId;
    const device = (await findDevice(tx, input.deviceId, { lock: true }))!;
    if (device.state !== 'delivered' || last.shipment.status !== 'received') {
      throw new AppError(
        'handover.not_delivered',
        `${device.assetTag} is "${device.state}": only a device whose reception this structure confirmed can be handed over.`,
        { assetTag: device.assetTag, state: device.state },
      );
    }
    const beneficiary = await loadBeneficiaryFor(ctx, tx, input.beneficiaryId, structureId);
    throwIfFieldErrors(checkHandoverTerms(input, todayInFrance(ctx.now())));

    const id = randomUUID();
    let signatureId: string | null = null;
    let photoId: string | null = null;
    let charterCodeId: string | null = null;
    const { charter } = input;
    if (charter.method === 'code') {
      charterCodeId = await useCode(ctx, tx, beneficiary.id, charter.codeId, charter.code);
    } else {
      throwIfFieldErrors(charter.image ? [] : [{ path: 'charter.image', code: 'required' }]);
      const evidenceId = await storeEvidence(tx, ctx, {
        kind: charter.method === 'signature' ? 'signature' : 'photo',
        dataUrl: charter.image!,
        structureId,
        path: 'charter.image',
      });
      if (charter.method === 'signature') signatureId = evidenceId;
      else photoId = evidenceId;
    }
    await applyTransition(tx, ctx, device, 'hand_over', {
      reason: input.form,
      linkedType: 'handover',
      linkedId: id,
      evidence: { handoverId: id, charter: charter.method },
    });
    const row = await insertHandover(tx, {
      id,
      deviceId: device.id,
      structureId,
      beneficiaryId: beneficiary.id,
      shipmentUnitId: last.unit.id,
      requestLineId: last.unit.requestLineId,
      form: input.form,
      priceCents: input.form === 'sale' ? (input.priceCents ?? 0) : null,
      returnDueOn: input.form === 'loan' ? input.returnDueOn! : null,
      handedOverOn: input.handedOverOn,
      charterMethod: charter.method,
      signatureId,
      photoId,
      charterCodeId,
      charterAcceptedAt: ctx.now(),
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    await bumpHandedOverQuantity(tx, last.unit.requestLineId, 1);
    await insertFollowUp(tx, {
      handoverId: id,
      structureId,
      dueOn: addDays(input.handedOverOn, (await getLogisticsSettings(tx)).followUpDelayDays),
    });
    await recordAudit(tx, ctx, {
      action: 'handover.create',
      entityType: 'handover',
      entityId: id,
      after: { deviceId: device.id, form: input.form, charter: charter.method },
    });
    return row;
  });
}

async function useCode(
  ctx: ServiceContext,
  tx: Tx,
  beneficiaryId: string,
  codeId: string | null | undefined,
  code: string | null | undefined,
) {
  throwIfFieldErrors(codeId && code ? [] : [{ path: 'charter.code', code: 'required' }]);
  const row = await findUsableCharterCode(
    tx,
    codeId!,
    beneficiaryId,
    ctx.now(),
    LOGISTICS_LIMITS.charterCodeAttempts,
  );
  if (!row || row.codeHash !== hashCode(row.id, code!.trim())) {
    throw new AppError(
      'handover.code_invalid',
      'This charter code is wrong, expired, used or locked after too many attempts.',
      // A wrong code on a usable row is counted once the transaction has rolled back.
      row ? { wrongCodeId: row.id } : {},
    );
  }
  await markCharterCodeUsed(tx, row.id, ctx.now());
  return row.id;
}

/** True when the actor may see handovers of this structure. */
export function seesHandoversOf(ctx: ServiceContext, structureId: string) {
  return canOnOrganisation(ctx, 'handover.read', structureId);
}
