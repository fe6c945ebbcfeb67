import { buildDonor, buildLocation, buildReceiptIssuer, buildUser } from '../src/db/seed/factories';
import type { TActor } from '../src/domain/policy';
import { loadConfig } from '../src/server/config';
import type { ServiceContext } from '../src/services/context';
import { declareLot } from '../src/services/supply/declare-lot';
import { acceptLot, collectLot, schedulePickup } from '../src/services/supply/review-lot';
import { receiveLotDevices } from '../src/services/supply/receive-lot-devices';
import { completeLotReception } from '../src/services/supply/complete-lot-reception';
import { issueTaxReceipt } from '../src/services/supply/issue-tax-receipt';
import { getLot } from '../src/services/supply/read-lots';
import type { TDonationLotInput } from '../src/shared/schemas/donations';
import type { BenchResult } from './types';
import { openBenchDatabase, timeWithCpu } from './support';

/**
 * Supply (issue 4): one 5,000-device lot declared and received in 500-device batches, and a
 * representative sample of small company lots taken through declare → accept → pickup →
 * collect → receive → count, extrapolated to the platform's 50,000 lots a year.
 */
const BIG_LOT = 5_000;
const SAMPLE_LOTS = Number(process.env.SUPPLY_BENCH_LOTS ?? 150);
const LOTS_PER_YEAR = 50_000;
const NOW = new Date('2026-03-02T09:00:00Z');

/** Deterministic pseudo-random sizes: most company lots are small, a few are large. */
function lotSize(i: number): number {
  const r = ((i * 2_654_435_761) >>> 0) / 2 ** 32;
  return r < 0.6
    ? 1 + Math.floor(r * 5)
    : r < 0.95
      ? 4 + Math.floor(r * 8)
      : 20 + Math.floor(r * 30);
}

function declaration(kind: 'laptop' | 'smartphone', count: number): TDonationLotInput {
  return {
    lines: [{ kind, count, brand: 'Dell', model: 'Latitude 5490', ageYears: 3, drives: 'inside' }],
    pickupAddress: { line1: '12 rue de la Paix', postalCode: '75002' },
    availableFrom: '2026-03-05',
    availableUntil: '2026-03-20',
    siteContact: { name: 'Accueil', phone: '01 02 03 04 05' },
  };
}

async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult[]> {
  const { database, drop } = await openBenchDatabase(engine, 'supply');
  try {
    await database.migrate();
    const db = database.db;
    const config = loadConfig({});
    const coord = await buildUser(db, { role: 'coordinator' });
    const location = await buildLocation(db, { organisationId: coord.membership.organisationId });
    await buildReceiptIssuer(db);
    const actor = (u: Awaited<ReturnType<typeof buildUser>>, role: TActor['role']): TActor => ({
      userId: u.user.id,
      membershipId: u.membership.id,
      role,
      organisationId: u.membership.organisationId,
      organisationKind: null,
    });
    const ctx = (a: TActor): ServiceContext => ({ db, actor: a, now: () => NOW, config });
    const bank = ctx(actor(coord, 'coordinator'));
    const donors: ServiceContext[] = [];
    for (let i = 0; i < 20; i++) {
      const org = await buildDonor(db);
      donors.push(
        ctx(
          actor(
            await buildUser(db, { role: 'donor_contact', organisationId: org.id }),
            'donor_contact',
          ),
        ),
      );
    }
    const toCollected = async (lotId: string) => {
      await acceptLot(bank, lotId, {});
      await schedulePickup(bank, lotId, { pickupDate: '2026-03-06', carrier: 'Transporteur' });
      await collectLot(bank, lotId, {});
    };

    // Warm-up: the first declaration loads the communes file (postal code lookup), once per process.
    await declareLot(donors[1]!, declaration('laptop', 1));

    // 1. One lot of 5,000 laptops: declared, received in batches of 500 (the reception limit).
    const declared = await timeWithCpu(() =>
      declareLot(donors[0]!, declaration('laptop', BIG_LOT)),
    );
    const lotId = declared.value.id;
    await toCollected(lotId);
    const received = await timeWithCpu(async () => {
      for (let start = 0; start < BIG_LOT; start += 500) {
        await receiveLotDevices(bank, lotId, {
          locationId: location.id,
          devices: Array.from({ length: 500 }, (_, i) => ({
            serial: `BIG-${start + i}`,
            brand: 'Dell',
            model: 'Latitude 5490',
          })),
        });
      }
    });
    const counted = await timeWithCpu(() => completeLotReception(bank, lotId, {}));
    const page = await timeWithCpu(() => getLot(bank, lotId));

    // 2. A sample of small lots through the whole flow, one after the other.
    let devices = 0;
    const lotIds: string[] = [];
    const flow = await timeWithCpu(async () => {
      for (let i = 0; i < SAMPLE_LOTS; i++) {
        const n = lotSize(i);
        devices += n;
        const lot = await declareLot(
          donors[i % donors.length]!,
          declaration(i % 3 ? 'laptop' : 'smartphone', n),
        );
        await toCollected(lot.id);
        await receiveLotDevices(bank, lot.id, {
          locationId: location.id,
          devices: Array.from({ length: n }, () => ({})),
        });
        await completeLotReception(bank, lot.id, {});
        lotIds.push(lot.id);
      }
    });
    const receiptLots = lotIds.slice(0, 100);
    const receipts = await timeWithCpu(async () => {
      for (const id of receiptLots) await issueTaxReceipt(bank, { lotId: id, valuationCents: 0 });
    });
    const perLotMs = flow.ms / SAMPLE_LOTS;
    const yearHours = (perLotMs * LOTS_PER_YEAR) / 3_600_000;
    const label = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    return [
      {
        name: `${label}: declare a 5,000-device lot`,
        value: Math.round(declared.ms),
        unit: 'ms',
        note: `${Math.round(declared.cpuMs)} ms Node CPU (rules, address, 1 lot + 1 line)`,
      },
      {
        name: `${label}: receive 5,000 devices of one lot`,
        value: Math.round((BIG_LOT / received.ms) * 1000),
        unit: 'devices/s',
        note: `${(received.ms / 1000).toFixed(1)} s wall, ${(received.cpuMs / 1000).toFixed(1)} s Node CPU; 10 calls of 500 through receiveDevices (records, asset tags, ledger); end of count ${Math.round(counted.ms)} ms`,
      },
      {
        name: `${label}: lot page of the 5,000-device lot`,
        value: Math.round(page.ms),
        unit: 'ms',
        note: 'GET /api/donation-lots/:id service: lines, counts, history, outcome from device states',
      },
      {
        name: `${label}: small lots, full flow (sample of ${SAMPLE_LOTS})`,
        value: Math.round(perLotMs),
        unit: 'ms/lot',
        note: `${devices} devices; declare, accept, schedule, collect, receive, count = 6 transactions, mails to the donor; ${(flow.cpuMs / SAMPLE_LOTS).toFixed(0)} ms Node CPU per lot`,
      },
      {
        name: `${label}: 50,000 lots a year, extrapolated`,
        value: Number(yearHours.toFixed(1)),
        unit: 'hours of work/year',
        note: `${perLotMs.toFixed(0)} ms × 50,000, one at a time; ≈ ${((yearHours * 60) / 250).toFixed(1)} min per working day (200 lots/day)`,
      },
      {
        name: `${label}: issue tax receipts`,
        value: Math.round((receiptLots.length / receipts.ms) * 1000),
        unit: 'receipts/s',
        note: `${receiptLots.length} receipts one after the other, each numbered under the year's locked counter row`,
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
