import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { useTestDatabase } from '../../test/db';
import { testConfig } from '../../test/app';
import { jobs } from '../db/schema';
import { enqueueJob } from '../db/repositories/jobs-repo';
import { startJobWorker, type TJobHandler } from './worker';

const T0 = new Date('2026-03-02T09:00:00Z');

describe('job worker', () => {
  const t = useTestDatabase();

  function worker(handlers: Record<string, TJobHandler>, now: () => Date) {
    return startJobWorker({
      database: t.database,
      config: testConfig(),
      now,
      handlers,
      intervalMs: 3_600_000, // the test drives runOnce itself
    });
  }

  it('runs each job once even when two workers poll together', async () => {
    await t.database.db.delete(jobs);
    const runs = new Map<number, number>();
    const handler: TJobHandler = async (payload) => {
      const n = (payload as { n: number }).n;
      runs.set(n, (runs.get(n) ?? 0) + 1);
      // Yield so the other worker polls while this job is held (SKIP LOCKED on PostgreSQL).
      await new Promise((r) => setTimeout(r, 2));
    };
    for (let n = 0; n < 30; n++) await enqueueJob(t.database.db, 'test.count', { n }, T0);
    const a = worker({ 'test.count': handler }, () => T0);
    const b = worker({ 'test.count': handler }, () => T0);
    try {
      const [doneA, doneB] = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(doneA + doneB).toBe(30);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect([...runs.keys()].sort((x, y) => x - y)).toEqual([...Array(30).keys()]);
    expect([...runs.values()].every((v) => v === 1)).toBe(true);
    const rows = await t.database.db.select().from(jobs);
    expect(rows.every((j) => j.status === 'done' && j.attempts === 1)).toBe(true);
  });

  it('does not run a job before its time', async () => {
    await t.database.db.delete(jobs);
    let ran = 0;
    await enqueueJob(t.database.db, 'test.later', {}, new Date(T0.getTime() + 60_000));
    let now = T0;
    const w = worker({ 'test.later': async () => void ran++ }, () => now);
    expect(await w.runOnce()).toBe(0);
    now = new Date(T0.getTime() + 60_000);
    expect(await w.runOnce()).toBe(1);
    await w.stop();
    expect(ran).toBe(1);
  });

  it('retries a failing job with growing delays, then marks it failed', async () => {
    await t.database.db.delete(jobs);
    let attempts = 0;
    const id = await enqueueJob(t.database.db, 'test.fail', {}, T0);
    let now = T0;
    const w = worker(
      {
        'test.fail': async () => {
          attempts++;
          throw new Error(`remote refused (${attempts})`);
        },
      },
      () => now,
    );
    const delays: number[] = [];
    try {
      for (;;) {
        expect(await w.runOnce()).toBe(1);
        // Nothing is due right after a failure.
        expect(await w.runOnce()).toBe(0);
        const [job] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
        if (job!.status === 'failed') break;
        expect(job!.status).toBe('queued');
        delays.push((job!.runAt.getTime() - now.getTime()) / 1000);
        now = job!.runAt;
      }
    } finally {
      await w.stop();
    }
    const [job] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(job).toMatchObject({ status: 'failed', attempts: 5, lastError: 'remote refused (5)' });
    expect(job!.finishedAt).toEqual(now);
    expect(delays).toEqual([30, 60, 120, 240]);
    expect(attempts).toBe(5);
  });

  it('takes back a job whose worker died while running it', async () => {
    await t.database.db.delete(jobs);
    const id = await enqueueJob(t.database.db, 'test.crash', {}, T0);
    // A worker claimed it (lock of 300 s) and vanished.
    await t.database.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, lockedUntil: new Date(T0.getTime() + 300_000) })
      .where(eq(jobs.id, id));
    let now = new Date(T0.getTime() + 10_000);
    let ran = 0;
    const w = worker({ 'test.crash': async () => void ran++ }, () => now);
    expect(await w.runOnce()).toBe(0);
    now = new Date(T0.getTime() + 301_000);
    expect(await w.runOnce()).toBe(1);
    await w.stop();
    const [job] = await t.database.db.select().from(jobs).orderBy(asc(jobs.id));
    expect(job).toMatchObject({ status: 'done', attempts: 2 });
    expect(ran).toBe(1);
  });
});
