import { AppError } from '../../shared/app-error';
import type { TBeneficiaryParsed } from '../../shared/schemas/beneficiaries';
import {
  countBeneficiaryLinks,
  deleteBeneficiary as deleteRow,
  findBeneficiary,
  findTakenReferences,
  updateBeneficiary as updateRow,
} from '../../db/repositories/beneficiaries-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { validateBeneficiary } from './beneficiary-validation';
import { assertOwns, requireActor, throwIfFieldErrors, todayInFrance } from './scope';

/** Edits a beneficiary (same rules as creation; the reference stays unique in its structure). */
export async function updateBeneficiary(
  ctx: ServiceContext,
  id: string,
  input: TBeneficiaryParsed,
) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await findBeneficiary(tx, id);
    if (!before) throw new AppError('not_found', 'Unknown beneficiary.');
    assertOwns(ctx, 'beneficiary.write', before.structureId, 'beneficiary');
    const errors = validateBeneficiary(input, todayInFrance(ctx.now()), '');
    if (input.reference !== before.reference) {
      const taken = await findTakenReferences(tx, before.structureId, [input.reference]);
      if (taken.size) errors.push({ path: 'reference', code: 'reference_taken' });
    }
    throwIfFieldErrors(errors);
    const consentChanged =
      input.consentAt !== before.consentAt || input.parentalConsentAt !== before.parentalConsentAt;
    const after = await updateRow(tx, id, {
      reference: input.reference,
      ageBand: input.ageBand,
      situation: input.situation,
      schoolLevel: input.schoolLevel,
      departementCode: input.departementCode,
      householdSize: input.householdSize,
      lacks: input.lacks,
      consentAt: input.consentAt,
      parentalConsentAt: input.parentalConsentAt,
      parentalConsentBy: input.parentalConsentBy,
      ...(consentChanged ? { consentRecordedBy: actor.userId } : {}),
      notes: input.notes || null,
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'beneficiary.update',
      entityType: 'beneficiary',
      entityId: id,
      before,
      after,
    });
    return after!;
  });
}

/** Removes a beneficiary that no request refers to (otherwise 409 `beneficiary.in_use`). */
export async function deleteBeneficiary(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const before = await findBeneficiary(tx, id);
    if (!before) throw new AppError('not_found', 'Unknown beneficiary.');
    assertOwns(ctx, 'beneficiary.write', before.structureId, 'beneficiary');
    if ((await countBeneficiaryLinks(tx, id)) > 0) {
      throw new AppError(
        'beneficiary.in_use',
        'This beneficiary is part of a request and is kept.',
      );
    }
    await deleteRow(tx, id);
    await recordAudit(tx, ctx, {
      action: 'beneficiary.delete',
      entityType: 'beneficiary',
      entityId: id,
      before: { reference: before.reference, structureId: before.structureId },
    });
    return { ok: true as const };
  });
}
