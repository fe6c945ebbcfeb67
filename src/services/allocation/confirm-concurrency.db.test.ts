import { isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildWaveWorld, runInput } from '../../../test/allocation';
import { useTestDatabase } from '../../../test/db';
import { ctxFor } from '../../../test/supply';
import { deviceAllocations, devices } from '../../db/schema';
import { AppError } from '../../shared/app-error';
import { cancelWave } from './cancel-wave';
import { confirmWave } from './confirm-wave';
import { createWave } from './run-wave';

const NOW = new Date('2020-05-04T08:00:00Z');

describe('confirming overlapping waves at the same moment', () => {
  const t = useTestDatabase();

  // On PostgreSQL the two confirmations run on two pooled connections at once; on PGlite they
  // share its single connection. Either way no unit may be reserved twice.
  it(`reserves each unit once: one wave wins, the other is told what changed (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const db = t.database.db;
    const world = await buildWaveWorld(db);
    const ctx = ctxFor(db, world.coordinator.actor, NOW);
    const a = await createWave(ctx, runInput(world.campaign.id));
    const b = await createWave(
      ctx,
      runInput(world.campaign.id, { pins: world.requests.lille.lines.map((l) => l.id) }),
    );
    const results = await Promise.allSettled([confirmWave(ctx, a.id), confirmWave(ctx, b.id)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect((lost[0]!.reason as AppError).code).toBe('allocation.stale');
    expect(
      ((lost[0]!.reason as AppError).details as { changes: unknown[] }).changes.length,
    ).toBeGreaterThan(0);

    const live = await db
      .select()
      .from(deviceAllocations)
      .where(isNull(deviceAllocations.releasedAt));
    expect(live).toHaveLength(7);
    expect(new Set(live.map((l) => l.deviceId)).size).toBe(7);
    const states = (await db.select().from(devices)).map((d) => d.state);
    expect(states.filter((s) => s === 'reserved')).toHaveLength(7);

    // Cancelling the winner gives the stock back as the loser saw it: it can be confirmed.
    const winner = won[0]!.status === 'fulfilled' && results[0]!.status === 'fulfilled' ? a : b;
    await cancelWave(ctx, winner.id, null);
    const loser = winner === a ? b : a;
    await expect(confirmWave(ctx, loser.id)).resolves.toMatchObject({ reservedUnits: 7 });
  });
});
