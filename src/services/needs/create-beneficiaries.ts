import type { TBeneficiaryBatch } from '../../shared/schemas/beneficiaries';
import { findTakenReferences, insertBeneficiaries } from '../../db/repositories/beneficiaries-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { validateBeneficiary } from './beneficiary-validation';
import { requireActor, resolveStructure, throwIfFieldErrors, todayInFrance } from './scope';
import type { TFieldIssue } from '../../domain/needs/types';

/**
 * Records one or several beneficiaries of a structure at once, all or nothing: every row is
 * checked (consents, notes, département, a reference unique in the structure) before anything
 * is written. Consent is recorded as given on its date, by the acting user.
 */
export async function createBeneficiaries(ctx: ServiceContext, input: TBeneficiaryBatch) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const structure = await resolveStructure(ctx, tx, 'beneficiary.write', input.structureId, {
      forWrite: true,
    });
    const today = todayInFrance(ctx.now());
    const errors: TFieldIssue[] = [];
    const seen = new Map<string, number>();
    input.items.forEach((b, i) => {
      errors.push(...validateBeneficiary(b, today, `items.${i}`));
      if (seen.has(b.reference)) {
        errors.push({
          path: `items.${i}.reference`,
          code: 'reference_duplicate_in_batch',
          params: { row: seen.get(b.reference)! },
        });
      } else seen.set(b.reference, i);
    });
    const taken = await findTakenReferences(tx, structure.id, [...seen.keys()]);
    input.items.forEach((b, i) => {
      if (taken.has(b.reference) && seen.get(b.reference) === i) {
        errors.push({ path: `items.${i}.reference`, code: 'reference_taken' });
      }
    });
    throwIfFieldErrors(errors);
    const now = ctx.now();
    const created = await insertBeneficiaries(
      tx,
      input.items.map((b) => ({
        structureId: structure.id,
        reference: b.reference,
        ageBand: b.ageBand,
        situation: b.situation,
        schoolLevel: b.schoolLevel,
        departementCode: b.departementCode,
        householdSize: b.householdSize,
        lacks: b.lacks,
        consentAt: b.consentAt,
        consentRecordedBy: actor.userId,
        parentalConsentAt: b.parentalConsentAt,
        parentalConsentBy: b.parentalConsentBy,
        notes: b.notes || null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'beneficiary.create',
      entityType: 'structure',
      entityId: structure.id,
      after: { count: created.length, ids: created.map((c) => c.id) },
    });
    return { items: created };
  });
}
