import { eq } from 'drizzle-orm';
import { findWave, listWaves as listWaveRows } from '../../db/repositories/allocation-repo';
import { campaigns } from '../../db/schema';
import { snapshotChanges, summariseWave } from '../../domain/allocation-wave';
import type { TWaveStatus } from '../../shared/allocation';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { describeChanges } from './describe-changes';
import { assertBankActor, currentSnapshot } from './wave-inputs';

/** "V-000012". */
export function waveReference(n: number): string {
  return `V-${String(n).padStart(6, '0')}`;
}

/** Waves, newest first, with their campaign and served/demanded units. */
export async function listWaves(
  ctx: ServiceContext,
  filter: { campaignId?: string; status?: TWaveStatus; limit?: number; offset?: number },
) {
  assertBankActor(ctx);
  const { items, total } = await listWaveRows(
    ctx.db,
    filter,
    Math.min(filter.limit ?? 50, 200),
    filter.offset ?? 0,
  );
  const names = new Map(
    (await ctx.db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns)).map((c) => [
      c.id,
      c.name,
    ]),
  );
  return {
    items: items.map((w) => ({
      id: w.id,
      number: w.number,
      reference: waveReference(w.number),
      campaignId: w.campaignId,
      campaignName: names.get(w.campaignId) ?? '',
      status: w.status,
      whatIf: w.options.hypothetical.length > 0,
      demanded: w.demanded,
      served: w.served,
      objective: w.objective,
      ranAt: w.ranAt,
      createdAt: w.createdAt,
      confirmedAt: w.confirmedAt,
      cancelledAt: w.cancelledAt,
    })),
    total,
  };
}

/**
 * One wave as the coordinator reads it: its options, the proposal (lines, structures, networks,
 * départements, warehouses, fairness) and, for a draft, what changed since it ran.
 */
export async function getWave(ctx: ServiceContext, id: string) {
  assertBankActor(ctx);
  const wave = await findWave(ctx.db, id);
  if (!wave) throw new AppError('not_found', 'Unknown wave.');
  const [campaign] = await ctx.db
    .select({ name: campaigns.name })
    .from(campaigns)
    .where(eq(campaigns.id, wave.campaignId));
  const changes =
    wave.status === 'draft'
      ? await describeChanges(
          ctx.db,
          snapshotChanges(
            wave.snapshot,
            await currentSnapshot(ctx.db, wave.options, wave.snapshot),
          ),
          wave.context,
        )
      : [];
  return {
    id: wave.id,
    number: wave.number,
    reference: waveReference(wave.number),
    campaignId: wave.campaignId,
    campaignName: campaign?.name ?? '',
    status: wave.status,
    options: wave.options,
    whatIf: wave.options.hypothetical.length > 0,
    ranAt: wave.ranAt,
    createdAt: wave.createdAt,
    confirmedAt: wave.confirmedAt,
    cancelledAt: wave.cancelledAt,
    objective: wave.plan.objective,
    excluded: wave.context.excluded,
    networks: wave.context.networks,
    summary: summariseWave(wave.problem, wave.plan, wave.context),
    changes,
  };
}

/** The exact problem and plan of a wave, in the CLI's format (for download). */
export async function getWaveDocument(ctx: ServiceContext, id: string, which: 'problem' | 'plan') {
  assertBankActor(ctx);
  const wave = await findWave(ctx.db, id);
  if (!wave) throw new AppError('not_found', 'Unknown wave.');
  return {
    filename: `${waveReference(wave.number)}-${which}.json`,
    body: which === 'problem' ? wave.problem : wave.plan,
  };
}
