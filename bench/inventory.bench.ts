import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/db/connect';
import { buildLocation, buildOrganisation, buildUser } from '../src/db/seed/factories';
import { ASSET_TAG_ALPHABET, checkSymbol } from '../src/domain/device/asset-tag';
import type { TActor } from '../src/domain/policy';
import { loadConfig } from '../src/server/config';
import type { ServiceContext } from '../src/services/context';
import { getDeviceHistory } from '../src/services/inventory/get-device-history';
import { lookupDevice } from '../src/services/inventory/lookup-device';
import { getStock } from '../src/services/stock/get-stock';
import { rebuildStockProjection } from '../src/services/stock/rebuild-stock-projection';
import { replaceProjection } from '../src/db/repositories/stock-read-repo';
import type { BenchResult } from './types';
import { openBenchDatabase } from './support';

/**
 * Inventory (issue 5): 100,000 devices with 1,000,000 ledger events, bulk-loaded with
 * multi-row INSERTs (5,000 rows per statement, rows passed as one JSON parameter), then the
 * three everyday reads timed through the services, p50/p95 over 50 runs: stock of a location,
 * a device found by serial, a device's full history. Also: rebuilding the projection from the
 * ledger and the "as of" stock computed from the whole ledger.
 */
const DEVICES = Number(process.env.INVENTORY_BENCH_DEVICES ?? 100_000);
const RUNS = 50;
const BATCH = 5_000;
const START = Date.parse('2025-01-06T08:00:00Z');

/** A unique valid asset tag for device n (base-32 counter plus check symbol). */
function tagOf(n: number): string {
  let payload = '';
  for (let i = 0, v = n; i < 5; i++, v = Math.floor(v / 32))
    payload = ASSET_TAG_ALPHABET[v % 32] + payload;
  return `PSR-${payload}${checkSymbol(payload)}`;
}

/** A deterministic uuid for device n (no need for randomness in a bench). */
const uuidOf = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-0000000000d1`;

interface TStep {
  type: string;
  state: string;
  at: 'workshop' | 'bank';
  graded?: boolean;
}
/** The life of a device, cut after 5 to 15 steps (10 on average). */
const LIFE: TStep[] = [
  { type: 'receive', state: 'received', at: 'workshop' },
  { type: 'transition', state: 'diagnosis', at: 'workshop' },
  { type: 'transition', state: 'erasure', at: 'workshop' },
  { type: 'grade', state: 'erasure', at: 'workshop', graded: true },
  { type: 'transition', state: 'ready', at: 'workshop', graded: true },
  { type: 'move', state: 'ready', at: 'bank', graded: true },
  { type: 'reserve', state: 'reserved', at: 'bank', graded: true },
  { type: 'ship', state: 'shipped', at: 'bank', graded: true },
  { type: 'deliver', state: 'delivered', at: 'bank', graded: true },
  { type: 'handover', state: 'handed_over', at: 'bank', graded: true },
  { type: 'return', state: 'returned', at: 'bank', graded: true },
  { type: 'move', state: 'returned', at: 'workshop', graded: true },
  { type: 'transition', state: 'diagnosis', at: 'workshop', graded: true },
  { type: 'transition', state: 'erasure', at: 'workshop', graded: true },
  { type: 'transition', state: 'ready', at: 'workshop', graded: true },
];
const KINDS = ['laptop', 'laptop', 'laptop', 'desktop', 'tablet', 'smartphone'];

async function time<T>(fn: () => Promise<T>) {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeRuns(fn: (i: number) => Promise<unknown>, runs = RUNS) {
  await fn(-1); // warm-up (plans, caches)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await time(() => fn(i))).ms);
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function load(database: Database) {
  const db = database.db;
  const bank = await buildOrganisation(db, { kind: 'bank', name: 'Banque' });
  const coordinator = await buildUser(db, { role: 'coordinator', organisationId: bank.id });
  const workshopLocs: string[] = [];
  const bankLocs: string[] = [];
  for (let w = 0; w < 10; w++) {
    const org = await buildOrganisation(db, { kind: 'workshop', name: `Atelier ${w}` });
    for (let b = 0; b < 4; b++)
      workshopLocs.push(
        (
          await buildLocation(db, {
            organisationId: org.id,
            name: `Baie ${w}-${b}`,
            kind: 'workshop_bay',
          })
        ).id,
      );
  }
  for (let b = 0; b < 10; b++)
    bankLocs.push((await buildLocation(db, { organisationId: bank.id, name: `Entrepôt ${b}` })).id);

  let events = 0;
  const load = await time(async () => {
    for (let from = 0; from < DEVICES; from += BATCH) {
      const devices: object[] = [];
      const drives: object[] = [];
      const ledger: object[] = [];
      for (let n = from; n < Math.min(DEVICES, from + BATCH); n++) {
        const id = uuidOf(n);
        const kind = KINDS[n % KINDS.length]!;
        const steps = LIFE.slice(0, 5 + (n % 11));
        const grade = 'ABC'[n % 3]!;
        const tier = 1 + (n % 3);
        const locOf = (s: TStep) =>
          s.at === 'workshop'
            ? workshopLocs[n % workshopLocs.length]!
            : bankLocs[n % bankLocs.length]!;
        let prev: { state: string; loc: string } | null = null;
        steps.forEach((s, k) => {
          const loc = locOf(s);
          ledger.push({
            at: new Date(START + n * 60_000 + k * 3_600_000).toISOString(),
            type: s.type,
            device_id: id,
            from_location_id: prev?.loc ?? null,
            to_location_id: loc,
            from_state: prev?.state ?? null,
            to_state: s.state,
            device_kind: kind,
            tier: s.graded ? tier : null,
            grade: s.graded ? grade : null,
          });
          prev = { state: s.state, loc };
        });
        const last = steps.at(-1)!;
        devices.push({
          id,
          asset_tag: tagOf(n),
          serial: `SN${String(n).padStart(8, '0')}`,
          kind,
          brand: 'Dell',
          model: 'Latitude 5490',
          ram_mb: 8192,
          storage_gb: 256,
          state: last.state,
          location_id: locOf(last),
          grade: last.graded ? grade : null,
          spec_tier_number: last.graded ? tier : null,
        });
        drives.push({
          device_id: id,
          serial: `DR${String(n).padStart(8, '0')}`,
          type: 'ssd',
          position: 0,
        });
      }
      events += ledger.length;
      await db.execute(sql`INSERT INTO devices (id, asset_tag, serial, kind, brand, model, ram_mb, storage_gb, state, location_id, grade, spec_tier_number)
        SELECT id, asset_tag, serial, kind, brand, model, ram_mb, storage_gb, state, location_id, grade, spec_tier_number
        FROM jsonb_to_recordset(${JSON.stringify(devices)}::jsonb) AS x(id uuid, asset_tag text, serial text, kind text, brand text, model text,
          ram_mb int, storage_gb int, state text, location_id uuid, grade text, spec_tier_number int)`);
      await db.execute(sql`INSERT INTO device_drives (device_id, serial, type, position)
        SELECT device_id, serial, type, position FROM jsonb_to_recordset(${JSON.stringify(drives)}::jsonb)
          AS x(device_id uuid, serial text, type text, position int)`);
      for (let i = 0; i < ledger.length; i += BATCH) {
        await db.execute(sql`INSERT INTO stock_events (at, type, device_id, from_location_id, to_location_id, from_state, to_state, device_kind, tier, grade)
          SELECT at, type, device_id, from_location_id, to_location_id, from_state, to_state, device_kind, tier, grade
          FROM jsonb_to_recordset(${JSON.stringify(ledger.slice(i, i + BATCH))}::jsonb) AS x(at timestamptz, type text, device_id uuid,
            from_location_id uuid, to_location_id uuid, from_state text, to_state text, device_kind text, tier int, grade text)`);
      }
    }
  });
  const rebuild = await time(() => db.transaction((tx) => replaceProjection(tx)));
  await db.execute(sql`ANALYZE`);
  return {
    coordinator,
    bank,
    workshopLocs,
    bankLocs,
    events,
    loadMs: load.ms,
    rebuildMs: rebuild.ms,
  };
}

async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult[]> {
  const { database, drop } = await openBenchDatabase(engine, 'inventory');
  const label = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  try {
    await database.migrate();
    const w = await load(database);
    const actor: TActor = {
      userId: w.coordinator.user.id,
      membershipId: w.coordinator.membership.id,
      role: 'coordinator',
      organisationId: w.bank.id,
      organisationKind: 'bank',
    };
    const ctx: ServiceContext = {
      db: database.db,
      actor,
      now: () => new Date(),
      config: loadConfig({}),
    };
    const pick = (i: number) => ((Math.abs(i) + 1) * 2_654_435_761) % DEVICES;
    const allLocs = [...w.workshopLocs, ...w.bankLocs];
    const stock = await timeRuns((i) =>
      getStock(ctx, { locationId: allLocs[Math.abs(i) % allLocs.length] }),
    );
    const stockAll = await timeRuns(() => getStock(ctx, {}));
    const bySerial = await timeRuns(async (i) => {
      const r = await lookupDevice(ctx, `SN${String(pick(i)).padStart(8, '0')}`);
      if (r.matches.length !== 1) throw new Error('lookup failed');
    });
    const history = await timeRuns(async (i) => {
      const h = await getDeviceHistory(ctx, uuidOf(pick(i)));
      if (h.entries.length < 5) throw new Error('history too short');
    });
    const asOf = await timeRuns(
      () => getStock(ctx, { asOf: new Date(START + 30 * 86_400_000) }),
      5,
    );
    const check = await time(() => rebuildStockProjection(database.db));
    if (!check.value.isConsistent) throw new Error('projection differs from the ledger');
    const [counts] = await queryRows<{ devices: number; events: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM devices) AS devices, (SELECT count(*)::int FROM stock_events) AS events`,
    );
    const ms = (v: number) => Math.round(v * 100) / 100;
    return [
      {
        name: `${label}: bulk load`,
        value: Math.round(w.loadMs / 1000),
        unit: 's',
        note: `${counts!.devices.toLocaleString('en-US')} devices + drives, ${counts!.events.toLocaleString('en-US')} ledger events, INSERT … SELECT FROM jsonb_to_recordset, 5,000 rows per statement`,
      },
      {
        name: `${label}: stock of one location (p50)`,
        value: ms(stock.p50),
        unit: 'ms',
        note: `p95 ${ms(stock.p95)} ms; getStock from the projection`,
      },
      {
        name: `${label}: stock of all locations (p50)`,
        value: ms(stockAll.p50),
        unit: 'ms',
        note: `p95 ${ms(stockAll.p95)} ms`,
      },
      {
        name: `${label}: device by serial (p50)`,
        value: ms(bySerial.p50),
        unit: 'ms',
        note: `p95 ${ms(bySerial.p95)} ms; lookupDevice (serial, donor tag, drive serial, tag)`,
      },
      {
        name: `${label}: device history (p50)`,
        value: ms(history.p50),
        unit: 'ms',
        note: `p95 ${ms(history.p95)} ms; getDeviceHistory (ledger + steps + erasures)`,
      },
      {
        name: `${label}: stock as of a past date (p50)`,
        value: ms(asOf.p50),
        unit: 'ms',
        note: `p95 ${ms(asOf.p95)} ms over 5 runs; computed from all ${counts!.events.toLocaleString('en-US')} events`,
      },
      {
        name: `${label}: rebuild projection from the ledger`,
        value: ms(w.rebuildMs),
        unit: 'ms',
        note: `check (rebuild + compare + device rows) ${ms(check.ms)} ms`,
      },
    ];
  } finally {
    await drop();
  }
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export default async function run(): Promise<BenchResult[]> {
  const results = await measure('pglite');
  if (process.env.DATABASE_URL) results.push(...(await measure('postgres')));
  return results;
}
