import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../src/db/connect';
import { buildApp } from '../src/server/app';
import type { TApp, TRouteEntry } from '../src/server/types';
import { startJobWorker } from '../src/jobs/worker';
import { JOB_HANDLERS } from '../src/jobs/handlers';
import type { TStructureApplicationInput } from '../src/shared/schemas/structure-applications';
import { testConfig } from './app';
import { useTestDatabase } from './db';
import {
  buildCampaign,
  buildNetwork,
  buildOrganisation,
  buildStructure,
  buildUser,
  fakeSiret,
} from './factories';
import { loginAs } from './app';

/** The fixed clock of the needs tests: Monday 4 May 2020, during "Connexion d'Urgence". */
export const NEEDS_NOW = new Date('2020-05-04T08:00:00Z');

/** A test app on its own database with a fixed clock (emptied before each test). */
export function useNeedsApp(now: () => Date = () => NEEDS_NOW) {
  const t = useTestDatabase();
  const holder = {} as { app: TApp; routes: TRouteEntry[]; database: Database; now: () => Date };
  beforeAll(async () => {
    const built = await buildApp({
      database: t.database,
      config: testConfig(),
      serveWeb: false,
      now,
    });
    holder.app = built.app;
    holder.routes = built.routes;
    holder.database = t.database;
    holder.now = now;
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}

/** Runs every due job once (imports, mails, reminders), as the server's worker would. */
export async function runJobs(database: Database, now: () => Date = () => NEEDS_NOW) {
  const worker = startJobWorker({ database, config: testConfig(), now, handlers: JOB_HANDLERS });
  try {
    return await worker.runOnce();
  } finally {
    await worker.stop();
  }
}

/** A complete, valid application of a structure (Paris 11e, one referent). */
export function applicationInput(
  overrides: Partial<TStructureApplicationInput> = {},
): TStructureApplicationInput {
  return {
    name: 'Association Les Petits Débrouillards 11e',
    structureType: 'association',
    legalId: fakeSiret(4242),
    networkIds: [],
    address: { line1: '12 rue Oberkampf', postalCode: '75011' },
    contacts: [
      {
        name: 'Samia Benali',
        email: 'samia@debrouillards.test',
        phone: '0102030405',
        function: 'Coordinatrice',
      },
    ],
    publicServed: 'Collégiens et lycéens du quartier',
    expectedBeneficiaries: 40,
    locale: 'fr',
    ...overrides,
  };
}

/** The one-time token in the latest mail sent to an address. */
export function tokenIn(body: string): string {
  const m = /token=([\w-]+)/.exec(body);
  if (!m) throw new Error(`no token in mail: ${body}`);
  return m[1]!;
}

/**
 * The review tests' world: two structures in two networks (Afev Paris in the mentoring
 * collective with a quota of 5, an ASE service in Lille), a referent, a coordinator (both logged
 * in) and a campaign limited to 2 devices per beneficiary.
 */
export async function buildReviewWorld(t: { app: TApp; database: Database }) {
  const db = t.database.db;
  const mentorat = await buildNetwork(db, 'Collectif Mentorat');
  const ase = await buildNetwork(db, 'ASE');
  const paris = await buildStructure(db, { name: 'Afev Paris', networkIds: [mentorat.id] });
  const lille = await buildStructure(db, {
    name: 'Service ASE du Nord',
    structureType: 'ase',
    networkIds: [ase.id],
    address: {
      postalCode: '59000',
      communeCode: '59350',
      communeName: 'Lille',
      departementCode: '59',
      regionCode: '32',
    },
  });
  await buildUser(db, { role: 'referent', organisationId: paris.id, email: 'ref@afev.test' });
  const bank = await buildOrganisation(db, { kind: 'bank' });
  await buildUser(db, { role: 'coordinator', organisationId: bank.id, email: 'coord@bank.test' });
  const campaign = await buildCampaign(db, {
    maxPerBeneficiary: 2,
    quotas: [{ networkId: mentorat.id, quantity: 5 }],
  });
  return {
    mentorat,
    ase,
    paris,
    lille,
    campaign,
    coord: await loginAs(t.app, 'coord@bank.test'),
    agent: await loginAs(t.app, 'ref@afev.test'),
  };
}
