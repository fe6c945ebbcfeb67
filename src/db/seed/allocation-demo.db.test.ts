import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import { testConfig } from '../../../test/app';
import { campaigns } from '../schema';
import { createWave } from '../../services/allocation/run-wave';
import { getWave } from '../../services/allocation/read-waves';
import { rebuildStockProjection } from '../../services/stock/rebuild-stock-projection';
import { seedDemo } from './demo';

describe('demo ready stock', () => {
  const t = useTestDatabase();
  const now = new Date('2026-03-02T09:00:00Z');

  it('gives a wave on the current campaign something to serve and something to explain', async () => {
    const db = t.database.db;
    await seedDemo(db, { now });
    const ctx = { db, actor: null, now: () => now, config: testConfig() };
    const all = await db.select().from(campaigns);
    const current = all.find((c) => c.status === 'open') ?? all[0]!;
    const wave = await getWave(
      ctx,
      (await createWave(ctx, { selection: { campaignId: current.id } })).id,
    );
    const { totals, warehouses, networks } = wave.summary;
    expect(totals.served).toBeGreaterThan(50);
    expect(totals.unmetUnits).toBeGreaterThan(0);
    expect(warehouses.map((w) => w.name).sort()).toEqual(['Entrepôt central', 'Quai Vénissieux']);
    expect(networks.length).toBeGreaterThanOrEqual(3);
    expect(wave.summary.structures.some((s) => s.lines.some((l) => l.unmet.length > 0))).toBe(true);
    // Bulk-written stock still agrees with the ledger.
    expect((await rebuildStockProjection(db, { apply: false })).isConsistent).toBe(true);
  });
});
