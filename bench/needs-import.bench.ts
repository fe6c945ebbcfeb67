import {
  buildNetwork,
  buildOrganisation,
  buildStructure,
  buildUser,
} from '../src/db/seed/factories';
import { loadConfig } from '../src/server/config';
import type { ServiceContext } from '../src/services/context';
import {
  previewBeneficiaryImport,
  previewStructureImport,
  startImport,
} from '../src/services/imports/import-jobs';
import { runImport } from '../src/services/imports/run-import';
import { findImportJob } from '../src/db/repositories/import-jobs-repo';
import type { BenchResult } from './types';
import { openBenchDatabase, timeWithCpu } from './support';
import { beneficiariesCsv, structuresCsv } from './needs/generate-csv';

const STRUCTURES = 1_200;
const BENEFICIARIES = 20_000;
const NETWORKS = [
  'Collectif Mentorat',
  'ASE',
  'FAS',
  'E2C',
  'Croix-Rouge française',
  'Secours populaire français',
  'Emmaüs',
  'Restos du cœur',
];
const NOW = new Date('2020-05-04T08:00:00Z');

/** Imports the two files on one engine: preview (validation only), then the whole job. */
async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult[]> {
  const { database, drop } = await openBenchDatabase(engine, 'needs');
  try {
    await database.migrate();
    const db = database.db;
    for (const name of NETWORKS) await buildNetwork(db, name);
    const bank = await buildOrganisation(db, { kind: 'bank' });
    const { user, membership } = await buildUser(db, {
      role: 'coordinator',
      organisationId: bank.id,
    });
    const structure = await buildStructure(db, {
      name: 'Service ASE du Nord',
      structureType: 'ase',
    });
    const config = { ...loadConfig({}), smtpUrl: undefined };
    const ctx: ServiceContext = {
      db,
      actor: {
        userId: user.id,
        membershipId: membership.id,
        role: 'coordinator',
        organisationId: bank.id,
        organisationKind: 'bank',
      },
      now: () => NOW,
      config,
    };
    const deps = { database, config, now: () => NOW };
    const results: BenchResult[] = [];
    const label = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';

    const sCsv = structuresCsv(STRUCTURES, NETWORKS);
    const sPreview = await timeWithCpu(() =>
      previewStructureImport(ctx, { csv: sCsv, inviteReferents: false }),
    );
    if (sPreview.value.errorCount)
      throw new Error(`bench CSV has errors: ${JSON.stringify(sPreview.value.errors.slice(0, 3))}`);
    const sJob = await startImport(ctx, 'structures', { csv: sCsv, inviteReferents: true });
    const sRun = await timeWithCpu(() => runImport(deps, sJob.id));
    const sDone = await findImportJob(db, sJob.id);
    if (sDone?.status !== 'done')
      throw new Error(
        `structures import ${sDone?.status}: ${JSON.stringify(sDone?.errors.slice(0, 3))}`,
      );
    results.push({
      name: `${label}: import ${STRUCTURES.toLocaleString('en-US')} structures`,
      value: Math.round(STRUCTURES / (sRun.ms / 1000)),
      unit: 'rows/s',
      note: `${(sRun.ms / 1000).toFixed(2)} s wall, ${(sRun.cpuMs / 1000).toFixed(2)} s Node CPU for the job (validate + write in one transaction, ${STRUCTURES} referents invited); preview alone ${Math.round(sPreview.ms)} ms`,
    });

    const bCsv = beneficiariesCsv(BENEFICIARIES);
    const bPreview = await timeWithCpu(() =>
      previewBeneficiaryImport(ctx, {
        csv: bCsv,
        structureId: structure.id,
        inviteReferents: false,
      }),
    );
    if (bPreview.value.errorCount)
      throw new Error(`bench CSV has errors: ${JSON.stringify(bPreview.value.errors.slice(0, 3))}`);
    const bJob = await startImport(ctx, 'beneficiaries', {
      csv: bCsv,
      structureId: structure.id,
      inviteReferents: false,
    });
    const bRun = await timeWithCpu(() => runImport(deps, bJob.id));
    const bDone = await findImportJob(db, bJob.id);
    if (bDone?.status !== 'done') throw new Error(`beneficiaries import ${bDone?.status}`);
    results.push({
      name: `${label}: import ${BENEFICIARIES.toLocaleString('en-US')} beneficiaries`,
      value: Math.round(BENEFICIARIES / (bRun.ms / 1000)),
      unit: 'rows/s',
      note: `${(bRun.ms / 1000).toFixed(2)} s wall, ${(bRun.cpuMs / 1000).toFixed(2)} s Node CPU for the job (one structure, one transaction); preview alone ${Math.round(bPreview.ms)} ms`,
    });
    return results;
  } finally {
    await drop();
  }
}

/**
 * CSV imports of the needs area: 1,200 structures (with their referents invited) and 20,000
 * beneficiaries, on PGlite and, when DATABASE_URL is set, on PostgreSQL.
 */
export default async function run(): Promise<BenchResult[]> {
  const results = await measure('pglite');
  if (process.env.DATABASE_URL) results.push(...(await measure('postgres')));
  else
    results.push({
      name: 'PostgreSQL',
      value: 0,
      unit: 'rows/s',
      note: 'skipped: set DATABASE_URL to measure it',
    });
  return results;
}
