import type { Executor } from '../../db/connect';
import { findGrant, insertCharges, insertInstalment } from '../../db/repositories/grants-repo';
import { AppError } from '../../shared/app-error';
import type { TChargeCategory } from '../../shared/supply-enums';
import {
  ZChargeInput,
  ZInstalmentInput,
  type TChargeInput,
  type TInstalmentInput,
} from '../../shared/schemas/grants';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { loadGrantFigures } from './grant-figures';

/** Records money received from the funder. */
export async function addInstalment(ctx: ServiceContext, grantId: string, raw: TInstalmentInput) {
  const input = parseInput(ZInstalmentInput, raw);
  return ctx.db.transaction(async (tx) => {
    const grant = await findGrant(tx, grantId, { lock: true });
    if (!grant) throw new AppError('not_found', 'Unknown grant.');
    const row = await insertInstalment(tx, {
      grantId,
      amountCents: input.amountCents,
      receivedOn: input.receivedOn,
      reference: input.reference ?? null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'grant.instalment',
      entityType: 'grant',
      entityId: grantId,
      after: input,
    });
    return row;
  });
}

/** A charge to record against a grant. */
export interface TChargeToRecord {
  grantId: string;
  amountCents: number;
  category: TChargeCategory;
  linkedType?: string | null | undefined;
  linkedId?: string | null | undefined;
  chargedOn: string;
  description: string;
}

/**
 * Charges spending to a grant inside the caller's transaction: the use case other areas call
 * (logistics, connectivity). The grant is locked; a positive charge larger than what is left
 * is refused with `grant_exceeded` and nothing is written. Negative charges (money coming
 * back) are always accepted.
 */
export async function chargeGrantInTx(tx: Executor, ctx: ServiceContext, charge: TChargeToRecord) {
  const loaded = (await loadGrantFigures(tx, [charge.grantId], { lock: true })).get(charge.grantId);
  if (!loaded) throw new AppError('not_found', 'Unknown grant.');
  const left = loaded.figures.leftCents;
  if (charge.amountCents > 0 && charge.amountCents > left) {
    throw new AppError('grant_exceeded', 'The grant has not enough left for this charge.', {
      grants: [
        {
          grantId: charge.grantId,
          grantName: loaded.grant.name,
          allocationCents: charge.amountCents,
          leftBeforeCents: left,
          leftAfterCents: left - charge.amountCents,
          isExceeded: true,
        },
      ],
    });
  }
  const [row] = await insertCharges(tx, [
    {
      grantId: charge.grantId,
      amountCents: charge.amountCents,
      category: charge.category,
      linkedType: charge.linkedType ?? null,
      linkedId: charge.linkedId ?? null,
      chargedOn: charge.chargedOn,
      description: charge.description,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    },
  ]);
  await recordAudit(tx, ctx, {
    action: 'grant.charge',
    entityType: 'grant',
    entityId: charge.grantId,
    after: { chargeId: row!.id, amountCents: charge.amountCents, category: charge.category },
  });
  return row!;
}

/** Charges spending to a grant by hand (the bank's staff): logistics, connectivity, other. */
export async function addCharge(ctx: ServiceContext, grantId: string, raw: TChargeInput) {
  const input = parseInput(ZChargeInput, raw);
  return ctx.db.transaction((tx) => chargeGrantInTx(tx, ctx, { ...input, grantId }));
}
