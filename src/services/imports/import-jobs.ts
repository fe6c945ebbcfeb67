import { AppError } from '../../shared/app-error';
import type { TCsvImport } from '../../shared/schemas/imports';
import { insertImportJob, findImportJob } from '../../db/repositories/import-jobs-repo';
import { enqueueJob } from '../../db/repositories/jobs-repo';
import { can } from '../../domain/policy';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { isBankActor, requireActor, resolveStructure, todayInFrance } from '../needs/scope';
import { RUN_IMPORT_JOB } from './run-import';
import { validateStructuresCsv } from './structures-csv';
import { validateBeneficiariesCsv } from './beneficiaries-csv';

/** Rows shown back by a preview, so people see how their columns were read. */
const SAMPLE_ROWS = 10;
const MAX_PREVIEW_ERRORS = 2000;

/** Checks a structures CSV and returns every row's errors; nothing is written. */
export async function previewStructureImport(ctx: ServiceContext, input: TCsvImport) {
  const r = await validateStructuresCsv(ctx.db, input.csv);
  return {
    total: r.total,
    valid: r.rows.length,
    errorCount: r.errors.length,
    errors: r.errors.slice(0, MAX_PREVIEW_ERRORS),
    sample: r.rows.slice(0, SAMPLE_ROWS),
  };
}

/** Checks a CSV of a structure's beneficiaries and returns every row's errors; nothing is written. */
export async function previewBeneficiaryImport(ctx: ServiceContext, input: TCsvImport) {
  const structure = await resolveStructure(ctx, ctx.db, 'beneficiary.import', input.structureId);
  const r = await validateBeneficiariesCsv(
    ctx.db,
    structure.id,
    input.csv,
    todayInFrance(ctx.now()),
  );
  return {
    total: r.total,
    valid: r.rows.length,
    errorCount: r.errors.length,
    errors: r.errors.slice(0, MAX_PREVIEW_ERRORS),
    sample: r.rows.slice(0, SAMPLE_ROWS),
  };
}

/**
 * Queues an import (the worker runs it within seconds) and returns its id; the web app polls
 * `GET /api/imports/:id` for the progress. Beneficiaries go to the given (or the referent's) structure.
 */
export async function startImport(
  ctx: ServiceContext,
  kind: 'structures' | 'beneficiaries',
  input: TCsvImport,
) {
  const actor = requireActor(ctx);
  if (kind === 'structures' && !isBankActor(actor)) {
    throw new AppError('auth.forbidden', 'Only the bank imports structures.');
  }
  return ctx.db.transaction(async (tx) => {
    const organisationId =
      kind === 'beneficiaries'
        ? (
            await resolveStructure(ctx, tx, 'beneficiary.import', input.structureId, {
              forWrite: true,
            })
          ).id
        : null;
    const job = await insertImportJob(tx, {
      kind,
      organisationId,
      createdByUserId: actor.userId,
      createdByMembershipId: actor.membershipId,
      csv: input.csv,
      options: { inviteReferents: input.inviteReferents },
      createdAt: ctx.now(),
    });
    await enqueueJob(tx, RUN_IMPORT_JOB, { importId: job.id }, ctx.now());
    await recordAudit(tx, ctx, {
      action: `import.${kind}`,
      entityType: 'import_job',
      entityId: job.id,
      after: { kind, organisationId, bytes: input.csv.length },
    });
    return { id: job.id, status: job.status };
  });
}

/** An import's progress and errors: the bank's, or a referent's own structure's. */
export async function getImport(ctx: ServiceContext, id: string) {
  const job = await findImportJob(ctx.db, id);
  const mine =
    job &&
    (isBankActor(ctx.actor) ||
      (job.kind === 'beneficiaries' &&
        can(ctx.actor, 'import.read', { organisationId: job.organisationId })));
  if (!job || !mine) throw new AppError('not_found', 'Unknown import.');
  const { csv: _csv, options: _o, ...rest } = job;
  return rest;
}
