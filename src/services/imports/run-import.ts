import type { Database } from '../../db/connect';
import { findImportJob, updateImportJob } from '../../db/repositories/import-jobs-repo';
import type { TAppConfig } from '../../server/config';
import type { TImportRowError } from '../../shared/schemas/imports';
import type { ServiceContext } from '../context';
import { todayInFrance } from '../needs/scope';
import { validateBeneficiariesCsv } from './beneficiaries-csv';
import { validateStructuresCsv } from './structures-csv';
import { writeBeneficiaries, writeStructures } from './write-imports';

/** Name of the job that runs an import. */
export const RUN_IMPORT_JOB = 'imports.run';

/** Errors kept on a failed import (the count is always complete). */
const MAX_STORED_ERRORS = 2000;

/**
 * Runs an import: validates every row (progress = rows validated, committed as it goes so the
 * web app can show a bar), then writes everything in ONE transaction, or nothing when any row
 * is wrong. The CSV is dropped once the import is over.
 */
export async function runImport(
  deps: { database: Database; config: TAppConfig; now: () => Date },
  importId: string,
) {
  const db = deps.database.db;
  const job = await findImportJob(db, importId);
  if (!job || job.status === 'done' || job.status === 'failed') return;
  const ctx: ServiceContext = {
    db,
    actor: {
      userId: job.createdByUserId,
      membershipId: job.createdByMembershipId,
      role: null,
      organisationId: job.organisationId,
      organisationKind: null,
    },
    now: deps.now,
    config: deps.config,
    requestId: `import:${importId}`,
  };
  const fail = async (errors: TImportRowError[], total: number) =>
    updateImportJob(db, importId, {
      status: 'failed',
      errors: errors.slice(0, MAX_STORED_ERRORS),
      result: { errorCount: errors.length },
      processed: total,
      csv: '',
      finishedAt: deps.now(),
    });
  await updateImportJob(db, importId, {
    status: 'validating',
    startedAt: deps.now(),
    processed: 0,
    errors: [],
  });
  const progress = async (done: number, total: number) =>
    updateImportJob(db, importId, { processed: done, total });
  try {
    if (job.kind === 'structures') {
      const checked = await validateStructuresCsv(db, job.csv, progress);
      if (checked.errors.length) return await fail(checked.errors, checked.total);
      await updateImportJob(db, importId, { status: 'writing', total: checked.total });
      const result = await db.transaction((tx) =>
        writeStructures(tx, ctx, checked.rows, {
          importId,
          inviteReferents: job.options.inviteReferents === true,
        }),
      );
      await updateImportJob(db, importId, {
        status: 'done',
        processed: checked.total,
        result,
        csv: '',
        finishedAt: deps.now(),
      });
    } else {
      const structureId = job.organisationId!;
      const checked = await validateBeneficiariesCsv(
        db,
        structureId,
        job.csv,
        todayInFrance(deps.now()),
        progress,
      );
      if (checked.errors.length) return await fail(checked.errors, checked.total);
      await updateImportJob(db, importId, { status: 'writing', total: checked.total });
      const result = await db.transaction((tx) =>
        writeBeneficiaries(tx, ctx, structureId, checked.rows, importId),
      );
      await updateImportJob(db, importId, {
        status: 'done',
        processed: checked.total,
        result,
        csv: '',
        finishedAt: deps.now(),
      });
    }
  } catch (error) {
    // Nothing was written (one transaction); a concurrent write (same SIRET or reference) is the usual cause.
    const pgCode =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    await fail(
      [
        {
          row: 0,
          path: 'file',
          code: pgCode === '23505' ? 'conflict_during_write' : 'import_failed',
        },
      ],
      job.total,
    );
  }
}
