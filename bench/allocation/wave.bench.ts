import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  buildCampaign,
  buildLocation,
  buildNetwork,
  buildOrganisation,
  buildRequest,
  buildStructure,
} from '../../src/db/seed/factories';
import { devices } from '../../src/db/schema';
import { generateAssetTag } from '../../src/domain/device/asset-tag';
import { DEPARTEMENT_CENTROIDS } from '../../src/domain/geo/departement-centroids';
import { loadConfig } from '../../src/server/config';
import { confirmWave } from '../../src/services/allocation/confirm-wave';
import { getWave } from '../../src/services/allocation/read-waves';
import { createWave } from '../../src/services/allocation/run-wave';
import type { ServiceContext } from '../../src/services/context';
import { appendDeviceEvents } from '../../src/services/stock/ledger';
import type { BenchResult } from '../types';
import { openBenchDatabase, timeWithCpu } from '../support';

/**
 * An allocation wave at the scale of 2020's "Connexion d'Urgence": 12,400 ready devices in
 * three warehouses, 1,000 structures with approved lines asking for more than that. Measures a
 * wave run from the database (load lines and weights, build, solve, store), reading the
 * proposal, and confirming it (12,400 devices reserved through the ledger in one transaction).
 */
const STRUCTURES = Number(process.env.WAVE_BENCH_STRUCTURES ?? 1_000);
const DEVICES = 12_400;
const NOW = new Date('2020-05-04T08:00:00Z');

async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult[]> {
  const { database, drop } = await openBenchDatabase(engine, 'wave');
  try {
    await database.migrate();
    const db = database.db;
    const ctx: ServiceContext = { db, actor: null, now: () => NOW, config: loadConfig({}) };
    const bank = await buildOrganisation(db, { kind: 'bank', name: 'Banque' });
    const places = [
      ['Paris', '93', 48.91, 2.36],
      ['Lyon', '69', 45.7, 4.88],
      ['Marseille', '13', 43.3, 5.4],
    ] as const;
    const warehouses: Awaited<ReturnType<typeof buildLocation>>[] = [];
    for (const [name, dep, lat, lon] of places) {
      warehouses.push(
        await buildLocation(db, {
          organisationId: bank.id,
          name,
          code: name.slice(0, 3).toUpperCase(),
          departementCode: dep,
          lat,
          lon,
        }),
      );
    }
    const networks: Awaited<ReturnType<typeof buildNetwork>>[] = [];
    for (const n of ['ASE', 'FAS', 'Mentorat', 'E2C', 'CRF', 'SPF']) {
      networks.push(await buildNetwork(db, n));
    }
    const campaign = await buildCampaign(db, { name: 'Connexion d’urgence' });
    const deps = Object.keys(DEPARTEMENT_CENTROIDS).filter((d) => d.length === 2);
    const seeded = await timeWithCpu(async () => {
      for (let i = 0; i < STRUCTURES; i++) {
        const dep = deps[i % deps.length]!;
        const [lat, lon] = DEPARTEMENT_CENTROIDS[dep]!;
        const s = await buildStructure(db, {
          name: `Structure ${i}`,
          structureType: i % 4 === 0 ? 'ase' : 'association',
          networkIds: [networks[i % networks.length]!.id],
          address: {
            postalCode: `${dep}000`,
            communeCode: `${dep}001`,
            communeName: 'Commune',
            departementCode: dep,
            regionCode: '11',
            lat,
            lon,
          },
        });
        const q = 5 + (i % 16);
        await buildRequest(db, {
          structureId: s.id,
          campaignId: campaign.id,
          status: 'approved',
          urgency: i % 7 === 0 ? 'critical' : i % 3 === 0 ? 'high' : 'normal',
          submittedAt: new Date(NOW.getTime() - (i % 40) * 86_400_000),
          lines:
            i % 5 === 0
              ? [
                  { kind: 'laptop', quantity: q, approvedQuantity: q, minTier: i % 2 ? 2 : null },
                  { kind: 'tablet', quantity: 3, approvedQuantity: 3 },
                ]
              : [{ kind: 'laptop', quantity: q, approvedQuantity: q }],
        });
      }
      const used = new Set<string>();
      for (let k = 0; k < DEVICES; k += 1_000) {
        const rows = await db
          .insert(devices)
          .values(
            Array.from({ length: Math.min(1_000, DEVICES - k) }, (_, j) => {
              let tag = generateAssetTag((n) => randomInt(n));
              while (used.has(tag)) tag = generateAssetTag((n) => randomInt(n));
              used.add(tag);
              const n = k + j;
              return {
                assetTag: tag,
                kind: n % 10 === 0 ? ('tablet' as const) : ('laptop' as const),
                state: 'ready' as const,
                locationId: warehouses[n % warehouses.length]!.id,
                specTierNumber: n % 3 === 0 ? 2 : 1,
                grade: 'B' as const,
              };
            }),
          )
          .returning();
        await appendDeviceEvents(
          db,
          { actor: null, now: () => NOW },
          rows.map((d) => ({ type: 'receive' as const, previous: null, device: d })),
        );
      }
    });
    const run = await timeWithCpu(() =>
      createWave(ctx, { selection: { campaignId: campaign.id } }),
    );
    const read = await timeWithCpu(() => getWave(ctx, run.value.id));
    const confirm = await timeWithCpu(() => confirmWave(ctx, run.value.id));
    const reserved = await db
      .select({ id: devices.id })
      .from(devices)
      .where(eq(devices.state, 'reserved'));
    const t = read.value.summary.totals;
    const note = `${engine}; ${t.lines} lines, ${t.demanded} units asked, ${DEVICES} ready`;
    return [
      {
        name: `${engine}: seed (structures, requests, devices)`,
        value: Math.round(seeded.ms),
        unit: 'ms',
        note,
      },
      {
        name: `${engine}: run a wave (load, weigh, solve, store)`,
        value: Math.round(run.ms),
        unit: 'ms',
        note: `CPU ${Math.round(run.cpuMs)} ms in this process`,
      },
      {
        name: `${engine}: read the proposal (summary)`,
        value: Math.round(read.ms),
        unit: 'ms',
        note: `${read.value.summary.structures.length} structures`,
      },
      {
        name: `${engine}: confirm (reserve through the ledger)`,
        value: Math.round(confirm.ms),
        unit: 'ms',
        note: `${confirm.value.reservedUnits} devices, ${confirm.value.lines} lines`,
      },
      {
        name: `${engine}: devices reserved after confirm`,
        value: reserved.length,
        unit: 'devices',
      },
    ];
  } finally {
    await drop();
  }
}

export default async function run(): Promise<BenchResult[]> {
  const results = await measure('pglite');
  if (process.env.DATABASE_URL) results.push(...(await measure('postgres')));
  return results;
}
