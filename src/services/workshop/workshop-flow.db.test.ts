import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor, testClock } from '../../../test/inventory';
import { buildItem, buildItemStock, buildSpecTier } from '../../../test/factories';
import { queryRows } from '../../db/connect';
import { receiveDevices } from '../inventory/receive-devices';
import { transitionDevice } from '../inventory/transition-device';
import { getDevice } from '../inventory/get-device';
import { getDeviceHistory } from '../inventory/get-device-history';
import { rebuildStockProjection } from '../stock/rebuild-stock-projection';
import { recordWorkshopStep } from './record-workshop-step';
import { recordErasure } from './record-erasure';
import { gradeDevice } from './grade-device';
import { harvestDevice } from './harvest-device';
import { listWorkshopQueue } from './list-workshop-queue';

describe('workshop flow (services)', () => {
  const t = useTestDatabase();

  async function setup() {
    const world = await buildInventoryWorld(t.database.db);
    const clock = testClock();
    const ctx = ctxFor(t.database, world.actors.operatorA, clock.now);
    await buildSpecTier(t.database.db, {
      number: 1,
      kind: 'laptop',
      minRamMb: 4096,
      minStorageGb: 120,
    });
    await buildSpecTier(t.database.db, {
      number: 2,
      kind: 'laptop',
      minRamMb: 8192,
      minStorageGb: 240,
      storageType: 'ssd',
    });
    const { devices } = await receiveDevices(ctx, {
      locationId: world.warehouse.id,
      originType: 'donation_lot',
      originId: '11111111-1111-4111-8111-111111111111',
      donorOrganisationId: world.donor.id,
      devices: [
        {
          kind: 'laptop',
          serial: 'pf1abcde',
          brand: 'Lenovo',
          model: 'ThinkPad T480',
          ramMb: 8192,
          storageGb: 256,
          storageType: 'ssd',
          drives: [
            { serial: 'WD-123', type: 'hdd', sizeGb: 500 },
            { serial: 'SAM-9', type: 'ssd', sizeGb: 256 },
          ],
        },
      ],
    });
    return { world, clock, ctx, device: devices[0]! };
  }

  const erasureOf = (
    driveId: string,
    clock: ReturnType<typeof testClock>,
    over: Record<string, unknown> = {},
  ) => ({
    driveId,
    method: 'ata_secure_erase' as const,
    standard: 'nist_800_88_purge' as const,
    tool: 'nwipe',
    toolVersion: '0.35',
    startedAt: new Date(clock.now().getTime() - 60 * 60_000),
    endedAt: clock.now(),
    result: 'success' as const,
    ...over,
  });

  it('runs a device through diagnosis → erasure (two drives) → grading → ready, with its history', async () => {
    const { world, clock, ctx, device } = await setup();
    expect(device.serial).toBe('PF1ABCDE');
    clock.tick();
    await recordWorkshopStep(ctx, device.id, {
      step: 'diagnosis',
      result: 'pass',
      minutesSpent: 15,
    });
    clock.tick();
    await transitionDevice(ctx, device.id, { event: 'start_diagnosis' });
    clock.tick();
    const step = await recordWorkshopStep(ctx, device.id, {
      step: 'diagnosis',
      result: 'pass',
      notes: 'ok',
      then: 'start_erasure',
    });
    expect(step.deviceState).toBe('erasure');

    const detail = await getDevice(ctx, device.id);
    expect(detail.drives.map((d) => d.serial)).toEqual(['WD-123', 'SAM-9']);
    clock.tick(60);
    await recordErasure(
      ctx,
      device.id,
      erasureOf(detail.drives[0]!.id, clock, {
        method: 'overwrite',
        standard: 'nist_800_88_clear',
        passes: 1,
      }),
    );

    // Refused while the second drive is not wiped, with a message naming it.
    clock.tick();
    await gradeDevice(ctx, device.id, {
      appearanceGrade: 'B',
      functionGrade: 'A',
      batteryHealthPct: 85,
    });
    await expect(transitionDevice(ctx, device.id, { event: 'mark_ready' })).rejects.toMatchObject({
      code: 'state.invalid',
      message: expect.stringContaining('drive SAM-9 has no successful erasure'),
      details: expect.objectContaining({
        code: 'guard_failed',
        missing: ['drive SAM-9 has no successful erasure or recorded destruction'],
      }),
    });
    // A failed attempt does not count.
    clock.tick(60);
    await recordErasure(
      ctx,
      device.id,
      erasureOf(detail.drives[1]!.id, clock, { result: 'failure' }),
    );
    await expect(transitionDevice(ctx, device.id, { event: 'mark_ready' })).rejects.toMatchObject({
      code: 'state.invalid',
    });
    clock.tick(60);
    await recordErasure(ctx, device.id, erasureOf(detail.drives[1]!.id, clock));
    clock.tick();
    const ready = await transitionDevice(ctx, device.id, { event: 'mark_ready' });
    expect(ready.state).toBe('ready');

    const after = await getDevice(ctx, device.id);
    expect(after).toMatchObject({
      state: 'ready',
      grade: 'B',
      specTierNumber: 2,
      readyCheck: { isSatisfied: true },
    });

    const history = await getDeviceHistory(ctx, device.id);
    expect(history.entries.map((e) => `${e.source}:${e.type}`)).toEqual([
      'ledger:receive',
      'step:diagnosis',
      'ledger:transition',
      'step:diagnosis',
      'ledger:transition',
      'erasure:overwrite',
      'step:grading',
      'ledger:grade',
      'erasure:ata_secure_erase',
      'erasure:ata_secure_erase',
      'ledger:transition',
    ]);
    expect(history.entries.every((e) => e.actor.name === 'Awa Atelier')).toBe(true);
    expect(history.entries.at(-1)!.details).toMatchObject({
      fromState: 'erasure',
      toState: 'ready',
    });

    const stock = await queryRows<{
      state: string;
      grade: string | null;
      tier: number | null;
      count: number;
    }>(t.database.db, sql`SELECT state, grade, tier, count FROM stock_levels WHERE count > 0`);
    expect(stock).toEqual([{ state: 'ready', grade: 'B', tier: 2, count: 1 }]);
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);
    expect(world.warehouse.id).toBe(after.locationId);
  });

  it('refuses an erasure ending before it started, and a method unfit for the drive; nothing is written', async () => {
    const { clock, ctx, device } = await setup();
    const detail = await getDevice(ctx, device.id);
    await expect(
      recordErasure(
        ctx,
        device.id,
        erasureOf(detail.drives[0]!.id, clock, {
          startedAt: clock.now(),
          endedAt: new Date(clock.now().getTime() - 1000),
        }),
      ),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      details: { fields: [{ path: 'endedAt', code: 'ended_before_started' }] },
    });
    await expect(
      recordErasure(
        ctx,
        device.id,
        erasureOf(detail.drives[1]!.id, clock, {
          method: 'overwrite',
          standard: 'nist_800_88_clear',
          passes: 3,
        }),
      ),
    ).rejects.toMatchObject({
      details: {
        fields: [expect.objectContaining({ path: 'method', code: 'method_unsuitable_for_drive' })],
      },
    });
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM erasures`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses skipping erasure: a received device cannot be marked ready', async () => {
    const { ctx, device } = await setup();
    await expect(transitionDevice(ctx, device.id, { event: 'mark_ready' })).rejects.toMatchObject({
      code: 'state.invalid',
      details: { code: 'event_not_allowed', from: 'received', allowedFrom: ['erasure'] },
    });
  });

  it('takes repair parts out of stock with the step, refusing the whole step when stock is short', async () => {
    const { world, clock, ctx, device } = await setup();
    const keyboard = await buildItem(t.database.db, {
      code: 'KBD-T480',
      name: 'Clavier T480',
      category: 'spare_part',
    });
    await buildItemStock(t.database.db, {
      itemId: keyboard.id,
      locationId: world.warehouse.id,
      quantity: 1,
    });
    await transitionDevice(ctx, device.id, { event: 'start_diagnosis' });
    await transitionDevice(ctx, device.id, { event: 'send_to_repair' });
    clock.tick();
    const step = await recordWorkshopStep(ctx, device.id, {
      step: 'repair',
      result: 'pass',
      minutesSpent: 20,
      partsUsed: [{ itemId: keyboard.id, quantity: 1 }],
    });
    expect(step.partsUsed).toEqual([
      { itemId: keyboard.id, quantity: 1, locationId: world.warehouse.id },
    ]);
    await expect(
      recordWorkshopStep(ctx, device.id, {
        step: 'repair',
        result: 'pass',
        partsUsed: [{ itemId: keyboard.id, quantity: 1 }],
      }),
    ).rejects.toMatchObject({
      code: 'stock.insufficient',
      details: { available: 0, requested: 1 },
    });
    const steps = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM workshop_steps WHERE step = 'repair'`,
    );
    expect(steps[0]!.n).toBe(1);
    const qty = await queryRows<{ quantity: number }>(
      t.database.db,
      sql`SELECT quantity FROM item_stock_levels`,
    );
    expect(qty).toEqual([{ quantity: 0 }]);
  });

  it('harvests a failed device once its drives are wiped, and recycles with a receipt', async () => {
    const { world, clock, ctx, device } = await setup();
    const ram = await buildItem(t.database.db, {
      code: 'RAM-8G',
      name: 'Barrette 8 Go',
      category: 'spare_part',
    });
    await transitionDevice(ctx, device.id, { event: 'start_diagnosis' });
    await expect(
      harvestDevice(ctx, device.id, { harvested: [{ itemId: ram.id, quantity: 1 }] }),
    ).rejects.toMatchObject({
      code: 'state.invalid',
      message: expect.stringContaining('drive WD-123 has no successful erasure'),
    });
    const detail = await getDevice(ctx, device.id);
    for (const d of detail.drives) {
      await recordErasure(
        ctx,
        device.id,
        erasureOf(d.id, clock, {
          method: 'physical_destruction',
          standard: 'nist_800_88_destroy',
          tool: 'broyeur',
          toolVersion: undefined,
        }),
      );
    }
    const harvested = await harvestDevice(ctx, device.id, {
      harvested: [{ itemId: ram.id, quantity: 2 }],
      reason: 'carte mère HS',
    });
    expect(harvested.state).toBe('parts');
    const qty = await queryRows<{ location_id: string; quantity: number }>(
      t.database.db,
      sql`SELECT location_id, quantity FROM item_stock_levels`,
    );
    expect(qty).toEqual([{ location_id: world.warehouse.id, quantity: 2 }]);
    await expect(transitionDevice(ctx, device.id, { event: 'recycle' })).rejects.toMatchObject({
      message: expect.stringContaining("no recycler's receipt reference"),
    });
    const recycled = await transitionDevice(ctx, device.id, {
      event: 'recycle',
      recyclerReceiptRef: 'ECOSYS-2026-118',
    });
    expect(recycled.state).toBe('recycled');
    expect((await getDevice(ctx, device.id)).recyclerReceiptRef).toBe('ECOSYS-2026-118');
    const history = await getDeviceHistory(ctx, device.id);
    expect(history.entries.filter((e) => e.type === 'harvest_part')).toHaveLength(1);
  });

  it('shows the workshop queue by stage, limited to the operator’s workshop', async () => {
    const { world, clock, ctx, device } = await setup();
    const other = ctxFor(t.database, world.actors.operatorB, clock.now);
    await receiveDevices(other, {
      locationId: world.bayB.id,
      devices: [{ kind: 'tablet', drives: [{ type: 'flash' }] }],
    });
    await transitionDevice(ctx, device.id, { event: 'start_diagnosis' });
    await transitionDevice(ctx, device.id, { event: 'start_erasure' });
    const mine = await listWorkshopQueue(ctx, {});
    expect(mine.items.map((i) => [i.assetTag, i.stage])).toEqual([[device.assetTag, 'erasure']]);
    expect(mine.counts.erasure).toBe(1);
    const all = await listWorkshopQueue(
      ctxFor(t.database, world.actors.coordinator, clock.now),
      {},
    );
    expect(all.items).toHaveLength(2);
  });
});
