import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildWaveWorld, buildReadyDevices, runInput } from '../../../../test/allocation';
import { loginAs, type TAgent } from '../../../../test/app';
import { useNeedsApp } from '../../../../test/needs';
import { FACTORY_PASSWORD } from '../../../../test/factories';
import {
  deviceAllocations,
  devices,
  mails,
  requestLines,
  shipments,
  stockEvents,
} from '../../../db/schema';
import { allocate, ZAllocationProblem } from '../../../domain/allocation';

type TWave = {
  id: string;
  reference: string;
  status: string;
  summary: {
    totals: { demanded: number; served: number; fillRate: number; unmetUnits: number };
    structures: {
      structureName: string;
      served: number;
      demanded: number;
      lines: {
        lineId: string;
        kind: string;
        served: number;
        usedWeight: number;
        unmet: { quantity: number; reasonCode: string; reason: string }[];
      }[];
    }[];
    networks: { networkName: string | null; fillRate: number }[];
    fairness: { network: { spread: number; groups: number } };
  };
  excluded: { lineId: string }[];
  changes: unknown[];
};

describe('allocation waves API', () => {
  const h = useNeedsApp();
  let world: Awaited<ReturnType<typeof buildWaveWorld>>;
  let coordinator: TAgent;

  const post = (url: string, payload: unknown, agent: TAgent = coordinator) =>
    h.app.inject({ method: 'POST', url, payload: payload as object, headers: agent.headers });
  const get = (url: string, agent: TAgent = coordinator) =>
    h.app.inject({ method: 'GET', url, headers: agent.headers });
  const structure = (w: TWave, name: string) =>
    w.summary.structures.find((s) => s.structureName === name)!;
  const setUp = async () => {
    world = await buildWaveWorld(h.database.db);
    coordinator = await loginAs(h.app, world.coordinator.email, FACTORY_PASSWORD);
  };
  const newWave = async (extra = {}) => {
    const res = await post('/api/allocation/waves', runInput(world.campaign.id, extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TWave;
  };
  const readyCount = async () =>
    (await h.database.db.select().from(devices).where(eq(devices.state, 'ready'))).length;

  it('runs a draft wave that explains every unmet unit and reserves nothing', async () => {
    await setUp();
    const wave = await newWave();
    expect(wave.status).toBe('draft');
    expect(wave.summary.totals).toMatchObject({ demanded: 12, served: 7, unmetUnits: 5 });
    const marseille = structure(wave, 'ASE Bouches-du-Rhône');
    expect(marseille.served).toBe(4);
    const lille = structure(wave, 'Association Lille');
    const unmet = [...lille.lines, ...structure(wave, 'Association Paris 11').lines].flatMap(
      (l) => l.unmet,
    );
    expect(unmet.reduce((n, u) => n + u.quantity, 0)).toBe(5);
    expect(unmet.every((u) => u.reason.length > 10)).toBe(true);
    expect(lille.lines.find((l) => l.kind === 'tablet')!.unmet[0]).toMatchObject({ quantity: 1 });
    expect(wave.summary.networks.find((n) => n.networkName === 'ASE')!.fillRate).toBe(1);
    expect(wave.summary.fairness.network.spread).toBeGreaterThan(0);
    expect(await readyCount()).toBe(7);

    // The downloads are the CLI's format: solving the problem again gives the same plan.
    const problem = (await get(`/api/allocation/waves/${wave.id}/problem.json`)).json();
    const plan = (await get(`/api/allocation/waves/${wave.id}/plan.json`)).json();
    expect(ZAllocationProblem.safeParse(problem).success).toBe(true);
    expect(allocate(problem)).toEqual(plan);
    const list = (await get('/api/allocation/waves')).json() as {
      items: { id: string; served: number }[];
    };
    expect(list.items).toEqual([expect.objectContaining({ id: wave.id, served: 7, demanded: 12 })]);
  });

  it('pins and excludes lines, and runs what-if stock without reserving it', async () => {
    await setUp();
    const wave = await newWave();
    const lilleLines = structure(wave, 'Association Lille').lines.map((l) => l.lineId);
    const pinned = (
      await post(
        `/api/allocation/waves/${wave.id}/run`,
        runInput(world.campaign.id, { pins: lilleLines }),
      )
    ).json() as TWave;
    const lille = structure(pinned, 'Association Lille');
    expect(lille.lines.find((l) => l.kind === 'laptop')).toMatchObject({
      served: 3,
      usedWeight: 1000,
    });
    expect(structure(pinned, 'ASE Bouches-du-Rhône').served).toBe(3);

    const marseilleLine = world.requests.marseille.lines[0]!.id;
    const excluded = (
      await post(
        `/api/allocation/waves/${wave.id}/run`,
        runInput(world.campaign.id, { excludes: [marseilleLine] }),
      )
    ).json() as TWave;
    expect(excluded.excluded.map((e) => e.lineId)).toEqual([marseilleLine]);
    expect(structure(excluded, 'ASE Bouches-du-Rhône')).toBeUndefined();

    const whatIf = (
      await post(
        `/api/allocation/waves/${wave.id}/run`,
        runInput(world.campaign.id, {
          hypothetical: [{ departementCode: '69', kind: 'laptop', tier: 1, quantity: 5000 }],
        }),
      )
    ).json() as TWave;
    expect(whatIf.summary.totals.served).toBe(11);
    const refused = await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('allocation.what_if');
    expect(await readyCount()).toBe(7);
  });

  it('confirms: reserves the units in the ledger, tells the structure, offers them to no other wave', async () => {
    await setUp();
    const wave = await newWave();
    const res = await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reservedUnits: 7, lines: 3 });
    const db = h.database.db;
    const reserved = await db.select().from(devices).where(eq(devices.state, 'reserved'));
    expect(reserved).toHaveLength(7);
    const events = await db.select().from(stockEvents).where(eq(stockEvents.type, 'reserve'));
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.linkedType === 'request_line' && e.toState === 'reserved')).toBe(
      true,
    );
    const live = await db
      .select()
      .from(deviceAllocations)
      .where(isNull(deviceAllocations.releasedAt));
    expect(new Set(live.map((a) => a.deviceId)).size).toBe(7);
    const [marseilleLine] = await db
      .select()
      .from(requestLines)
      .where(eq(requestLines.id, world.requests.marseille.lines[0]!.id));
    expect(marseilleLine!.allocatedQuantity).toBe(4);
    const mail = await db
      .select()
      .from(mails)
      .where(eq(mails.toAddress, world.marseilleReferent.email));
    expect(mail.at(-1)!.bodyText).toContain(wave.reference);

    // The structure sees its devices; another structure's referent cannot.
    const referent = await loginAs(h.app, world.marseilleReferent.email, FACTORY_PASSWORD);
    const own = await get(
      `/api/requests/${world.requests.marseille.request.id}/allocations`,
      referent,
    );
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(4);
    const foreign = await loginAs(h.app, world.lilleReferent.email, FACTORY_PASSWORD);
    expect(
      (await get(`/api/requests/${world.requests.marseille.request.id}/allocations`, foreign))
        .statusCode,
    ).toBe(404);
    expect((await get('/api/allocation/waves', foreign)).statusCode).toBe(403);

    // Reserved stock is not ready any more: the next wave has nothing to give.
    const options = (await get(`/api/allocation/options?campaignId=${world.campaign.id}`)).json();
    expect(options.stock.units).toBe(0);
    expect(options.demand.units).toBe(5);
    const next = await newWave();
    expect(next.summary.totals).toMatchObject({ demanded: 5, served: 0 });
    const again = await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    expect(again.json().error.code).toBe('allocation.invalid_state');
  });

  it('refuses to confirm a wave run on stale stock, saying what changed', async () => {
    await setUp();
    const wave = await newWave();
    await buildReadyDevices(h.database.db, world.paris.id, 'laptop', 1);
    const draft = (await get(`/api/allocation/waves/${wave.id}`)).json() as TWave;
    expect(draft.changes).toEqual([
      expect.objectContaining({ type: 'stock', locationName: 'Entrepôt Paris', before: 4, now: 5 }),
    ]);
    const res = await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'allocation.stale',
      details: { changes: [expect.objectContaining({ kind: 'laptop', before: 4, now: 5 })] },
    });
    expect(await readyCount()).toBe(8);
    const rerun = await post(`/api/allocation/waves/${wave.id}/run`, runInput(world.campaign.id));
    expect((rerun.json() as TWave).changes).toEqual([]);
    expect((await post(`/api/allocation/waves/${wave.id}/confirm`, {})).statusCode).toBe(200);
  });

  it('cancels a confirmed wave: every unit back to ready through the ledger', async () => {
    await setUp();
    const wave = await newWave();
    await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    const res = await post(`/api/allocation/waves/${wave.id}/cancel`, {
      reason: 'Erreur de campagne',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ releasedUnits: 7 });
    const db = h.database.db;
    expect(await readyCount()).toBe(7);
    expect(await db.select().from(stockEvents).where(eq(stockEvents.type, 'release'))).toHaveLength(
      7,
    );
    const lines = await db.select().from(requestLines);
    expect(lines.every((l) => l.allocatedQuantity === 0)).toBe(true);
    expect(
      await db
        .select()
        .from(deviceAllocations)
        .where(and(isNull(deviceAllocations.releasedAt))),
    ).toHaveLength(0);
    expect((await post(`/api/allocation/waves/${wave.id}/cancel`, {})).json().error.code).toBe(
      'allocation.invalid_state',
    );
  });

  it('cancelling a confirmed wave cancels its planned shipments, and is refused once one is packed', async () => {
    await setUp();
    const wave = await newWave();
    await post(`/api/allocation/waves/${wave.id}/confirm`, {});
    const generated = await post('/api/shipments/generate', { waveId: wave.id });
    expect(generated.statusCode, generated.body).toBeLessThan(300);
    const db = h.database.db;
    const list = await db.select().from(shipments).where(eq(shipments.waveId, wave.id));
    expect(list.length).toBeGreaterThan(0);
    const res = await post(`/api/allocation/waves/${wave.id}/cancel`, {});
    expect(res.statusCode, res.body).toBe(200);
    const after = await db.select().from(shipments).where(eq(shipments.waveId, wave.id));
    expect(after.every((x) => x.status === 'cancelled')).toBe(true);

    const second = await newWave();
    await post(`/api/allocation/waves/${second.id}/confirm`, {});
    await post('/api/shipments/generate', { waveId: second.id });
    const [one] = await db.select().from(shipments).where(eq(shipments.waveId, second.id));
    await db.update(shipments).set({ status: 'packed' }).where(eq(shipments.id, one!.id));
    const refused = await post(`/api/allocation/waves/${second.id}/cancel`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('allocation.shipped');
    expect(await db.select().from(devices).where(eq(devices.state, 'reserved'))).toHaveLength(7);
  });

  it('refuses bad input with every field named, and changes nothing', async () => {
    await setUp();
    const unknown = await post(
      '/api/allocation/waves',
      runInput('00000000-0000-4000-8000-000000000000'),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'selection.campaignId', code: 'campaign_unknown' }),
    ]);
    const bad = await post(
      '/api/allocation/waves',
      runInput(world.campaign.id, {
        hypothetical: [{ kind: 'laptop', tier: 1, quantity: -3 } as never],
        selection: { campaignId: world.campaign.id, departementCodes: ['999'] },
      }),
    );
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json().error.details.fields as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['selection.departementCodes.0', 'hypothetical.0.quantity']),
    );
    expect((await get('/api/allocation/waves')).json().total).toBe(0);
  });
});
