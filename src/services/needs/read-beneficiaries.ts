import { AppError } from '../../shared/app-error';
import type { TBeneficiaryQuery } from '../../shared/schemas/beneficiaries';
import { findBeneficiary, searchBeneficiaries } from '../../db/repositories/beneficiaries-repo';
import type { ServiceContext } from '../context';
import { assertOwns, isBankActor, resolveStructure } from './scope';

/**
 * Lists beneficiaries: a referent sees its own structure's only; the bank sees one structure's
 * or, without a filter, all of them.
 */
export async function listBeneficiaries(ctx: ServiceContext, q: TBeneficiaryQuery) {
  const structureId =
    q.structureId || !isBankActor(ctx.actor)
      ? (await resolveStructure(ctx, ctx.db, 'beneficiary.read', q.structureId)).id
      : undefined;
  const { rows, total } = await searchBeneficiaries(ctx.db, { ...q, structureId });
  return { items: rows, total };
}

/** One beneficiary; 404 for anyone outside its structure and the bank. */
export async function getBeneficiary(ctx: ServiceContext, id: string) {
  const row = await findBeneficiary(ctx.db, id);
  if (!row) throw new AppError('not_found', 'Unknown beneficiary.');
  assertOwns(ctx, 'beneficiary.read', row.structureId, 'beneficiary');
  return row;
}
