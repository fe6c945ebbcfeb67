import {
  deactivateTier,
  findTier,
  insertTier,
  latestTierVersion,
  listActiveTiers,
  listAllTierVersions,
} from '../../db/repositories/spec-tiers-repo';
import { AppError } from '../../shared/app-error';
import type { TDeviceKind } from '../../shared/inventory';
import { ZSpecTierInput } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput, pgErrorCode } from './parse-input';

/**
 * The bank's spec tiers, versioned: creating writes version 1, editing writes version n+1 and
 * retires version n, retiring deactivates the current version. Devices keep the id of the
 * version they were qualified against.
 */

function tierTaken(error: unknown): never {
  if (pgErrorCode(error) === '23505') {
    throw new AppError(
      'validation.failed',
      'An active tier with this number already exists for this kind.',
      {
        fields: [{ path: 'number', code: 'tier_number_taken' }],
      },
    );
  }
  throw error;
}

/** Active tiers (or every version with `history`). */
export async function listSpecTiers(
  ctx: ServiceContext,
  q: { kind?: TDeviceKind | undefined; history?: boolean | undefined },
) {
  if (q.history) {
    const all = await listAllTierVersions(ctx.db);
    return q.kind ? all.filter((t) => t.kind === q.kind) : all;
  }
  return listActiveTiers(ctx.db, q.kind);
}

/** Creates a tier (version 1, or the next version number if a retired one existed). */
export async function createSpecTier(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZSpecTierInput, raw);
  return ctx.db
    .transaction(async (tx) => {
      const version = (await latestTierVersion(tx, input.kind, input.number)) + 1;
      const tier = await insertTier(tx, {
        ...input,
        version,
        isActive: true,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'spec_tier.create',
        entityType: 'spec_tier',
        entityId: tier.id,
        after: tier,
      });
      return tier;
    })
    .catch(tierTaken);
}

/** Edits a tier: a new version row; the edited version is kept, inactive. */
export async function updateSpecTier(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZSpecTierInput, raw);
  return ctx.db
    .transaction(async (tx) => {
      const current = await findTier(tx, id);
      if (!current) throw new AppError('not_found', 'Unknown spec tier.', { tierId: id });
      if (!current.isActive) {
        throw new AppError('state.invalid', 'Only the current version of a tier can be edited.', {
          tierId: id,
        });
      }
      if (current.kind !== input.kind || current.number !== input.number) {
        throw new AppError(
          'validation.failed',
          'A tier keeps its kind and number; create another tier instead.',
          {
            fields: [{ path: current.kind !== input.kind ? 'kind' : 'number', code: 'immutable' }],
          },
        );
      }
      await deactivateTier(tx, current.id);
      const next = await insertTier(tx, {
        ...input,
        version: (await latestTierVersion(tx, input.kind, input.number)) + 1,
        isActive: true,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'spec_tier.update',
        entityType: 'spec_tier',
        entityId: next.id,
        before: current,
        after: next,
      });
      return next;
    })
    .catch(tierTaken);
}

/** Retires a tier: its current version becomes inactive (history kept). */
export async function retireSpecTier(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const current = await findTier(tx, id);
    if (!current || !current.isActive)
      throw new AppError('not_found', 'Unknown or already retired spec tier.', { tierId: id });
    await deactivateTier(tx, id);
    await recordAudit(tx, ctx, {
      action: 'spec_tier.retire',
      entityType: 'spec_tier',
      entityId: id,
      before: current,
    });
    return { ...current, isActive: false };
  });
}
