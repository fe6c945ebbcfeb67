import { allocate } from '../../domain/allocation';
import type { TWaveOptions } from '../../domain/allocation-wave';
import { findWave, insertWave, updateWave } from '../../db/repositories/allocation-repo';
import { AppError } from '../../shared/app-error';
import { ZWaveRunInput } from '../../shared/schemas/allocation';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { assertBankActor, assertCampaign, buildFromDatabase } from './wave-inputs';

/** Solves the wave's problem as the database stands now. */
async function solve(ctx: ServiceContext, options: TWaveOptions) {
  await assertCampaign(ctx.db, options.selection.campaignId);
  const built = await buildFromDatabase(ctx, options);
  const plan = allocate(built.problem);
  return { ...built, plan };
}

/**
 * Runs a new wave: the selected approved lines against the selected ready stock, with the
 * coordinator's pins, exclusions, caps, substitutes and what-if stock. Reserves nothing; the
 * result is a draft the coordinator reads, adjusts and re-runs, then confirms.
 */
export async function createWave(ctx: ServiceContext, raw: unknown) {
  assertBankActor(ctx);
  const options = parseInput(ZWaveRunInput, raw);
  const run = await solve(ctx, options);
  return ctx.db.transaction(async (tx) => {
    const wave = await insertWave(tx, {
      campaignId: options.selection.campaignId,
      options,
      problem: run.problem,
      plan: run.plan,
      context: run.context,
      snapshot: run.snapshot,
      ranAt: ctx.now(),
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'allocation.run',
      entityType: 'allocation_wave',
      entityId: wave.id,
      after: { number: wave.number, options, objective: run.plan.objective },
    });
    return wave;
  });
}

/** Re-runs a draft wave with new options (pins, exclusions, what-if stock…) on today's data. */
export async function rerunWave(ctx: ServiceContext, id: string, raw: unknown) {
  assertBankActor(ctx);
  const options = parseInput(ZWaveRunInput, raw);
  const existing = await findWave(ctx.db, id);
  if (!existing) throw new AppError('not_found', 'Unknown wave.');
  if (existing.campaignId !== options.selection.campaignId) {
    throw new AppError('validation.failed', 'A wave stays in its campaign.', {
      fields: [{ path: 'selection.campaignId', code: 'campaign_immutable' }],
    });
  }
  const run = await solve(ctx, options);
  return ctx.db.transaction(async (tx) => {
    const wave = await findWave(tx, id, true);
    if (!wave || wave.status !== 'draft') {
      throw new AppError('allocation.invalid_state', 'Only a draft wave can be run again.', {
        status: wave?.status,
      });
    }
    const updated = await updateWave(tx, id, {
      options,
      problem: run.problem,
      plan: run.plan,
      context: run.context,
      snapshot: run.snapshot,
      ranAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'allocation.rerun',
      entityType: 'allocation_wave',
      entityId: id,
      before: { options: wave.options, objective: wave.plan.objective },
      after: { options, objective: run.plan.objective },
    });
    return updated;
  });
}
