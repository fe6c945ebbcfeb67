import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import { testConfig } from '../../../test/app';
import { beneficiaries, requests } from '../schema';
import { transitionRequest } from '../../domain/needs/request-lifecycle';
import { listAllocatableDemandLines } from '../../services/needs/list-allocatable-demand-lines';
import { listReviewDesk } from '../../services/needs/review-desk';
import { listRequestEvents } from '../repositories/requests-repo';
import { seedDemo } from './demo';

describe('demo needs seed', () => {
  const t = useTestDatabase();
  const now = new Date('2026-03-02T09:00:00Z');

  it('adds realistic requests across networks and départements for the desk and the allocation', async () => {
    const db = t.database.db;
    // seedDemo calls seedDemoNeeds; count what it wrote.
    await seedDemo(db, { now });
    const summary = {
      requests: (await db.select().from(requests)).length,
      beneficiaries: (await db.select().from(beneficiaries)).length,
    };
    expect(summary.requests).toBeGreaterThanOrEqual(25);
    const all = await db.select().from(requests);
    expect(all).toHaveLength(summary.requests);
    expect(new Set(all.map((r) => r.networkId).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((r) => r.deliveryDepartementCode)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((r) => r.status))).toEqual(
      new Set([
        'draft',
        'submitted',
        'under_review',
        'needs_information',
        'approved',
        'rejected',
        'withdrawn',
        'fulfilled',
      ]),
    );
    expect(await db.select().from(beneficiaries)).toHaveLength(summary.beneficiaries);

    // Every history follows the lifecycle table.
    for (const r of all) {
      const events = await listRequestEvents(db, r.id);
      for (const e of events.filter((x) => x.kind === 'status')) {
        const event = {
          submitted: 'submit',
          under_review: 'start_review',
          needs_information: 'ask_information',
          approved: 'approve',
          rejected: 'reject',
          withdrawn: 'withdraw',
          fulfilled: 'fulfil',
        } as const;
        expect(transitionRequest(e.fromStatus!, event[e.toStatus as keyof typeof event])).toEqual({
          ok: true,
          status: e.toStatus,
        });
      }
      expect(events.at(-1)?.toStatus ?? 'draft').toBe(r.status);
    }

    const ctx = { db, actor: null, now: () => now, config: testConfig() };
    const desk = await listReviewDesk(ctx, {
      sort: 'waiting',
      order: 'desc',
      limit: 50,
      offset: 0,
    });
    expect(desk.total).toBeGreaterThanOrEqual(20);
    expect(desk.items[0]!.waitingDays).toBeGreaterThanOrEqual(45);
    const demands = await listAllocatableDemandLines(ctx);
    expect(demands.length).toBeGreaterThanOrEqual(8);
    expect(new Set(demands.map((d) => d.network)).size).toBeGreaterThanOrEqual(4);
  });
});
