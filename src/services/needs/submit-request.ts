import { AppError } from '../../shared/app-error';
import type { Executor } from '../../db/connect';
import { findRequest, type TRequestRow } from '../../db/repositories/requests-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import type { TFieldIssue } from '../../domain/needs/types';
import type { ServiceContext } from '../context';
import { loadLinesWithLinks, loadRequestDetail, toRequestInput } from './request-detail';
import { resolveRequestInput } from './request-input';
import { checkRequestLimits, describeDuplicates } from './request-limits';
import { applyTransition, assertTransition } from './request-transition';
import { assertOwns, todayInFrance } from './scope';

/** Re-checks a stored request as if it were typed again, plus its limits and duplicates. */
async function review(ex: Executor, ctx: ServiceContext, request: TRequestRow) {
  const lines = await loadLinesWithLinks(ex, [request.id]);
  const structure = await findOrganisation(ex, request.structureId);
  const errors: TFieldIssue[] = [];
  if (!structure?.isActive) errors.push({ path: 'structureId', code: 'structure_inactive' });
  if (structure) {
    const checked = await resolveRequestInput(
      ex,
      structure,
      toRequestInput(request, lines),
      todayInFrance(ctx.now()),
    );
    errors.push(...checked.errors);
  }
  const limits = await checkRequestLimits(
    ex,
    request,
    lines.map((l) => ({ kind: l.kind, quantity: l.quantity, beneficiaryIds: l.beneficiaryIds })),
  );
  return { errors, limits };
}

/**
 * The confirmation step before submitting: the summary the structure is about to send, the
 * warnings (network quota, per-beneficiary limit — the coordinator will decide) and what
 * blocks submission (field errors, a beneficiary already equipped with the kind).
 */
export async function previewSubmit(ctx: ServiceContext, id: string) {
  const request = await findRequest(ctx.db, id);
  if (!request) throw new AppError('not_found', 'Unknown request.');
  assertOwns(ctx, 'request.submit', request.structureId, 'request');
  assertTransition(request, 'submit');
  const { errors, limits } = await review(ctx.db, ctx, request);
  return {
    summary: await loadRequestDetail(ctx.db, request, ctx.actor),
    warnings: limits.issues,
    quota: limits.quota,
    duplicates: limits.duplicates,
    errors,
    canSubmit: errors.length === 0 && limits.duplicates.length === 0,
  };
}

/**
 * Submits a draft (or a request completed after a question): checks it again, refuses
 * beneficiaries already equipped with the same kind in the campaign unless a coordinator
 * allowed it, records the warnings, and tells the referents and the network coordinator.
 */
export async function submitRequest(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, id, true);
    if (!request) throw new AppError('not_found', 'Unknown request.');
    assertOwns(ctx, 'request.submit', request.structureId, 'request');
    assertTransition(request, 'submit');
    const { errors, limits } = await review(tx, ctx, request);
    if (errors.length) {
      throw new AppError('validation.failed', 'The request needs corrections before it is sent.', {
        fields: errors,
      });
    }
    if (limits.duplicates.length) {
      throw new AppError(
        'request.duplicate_beneficiary',
        `${describeDuplicates(limits.duplicates)}; a coordinator must allow it (lost or stolen device).`,
        { duplicates: limits.duplicates },
      );
    }
    const updated = await applyTransition(tx, ctx, request, 'submit', {
      patch: { submittedAt: request.submittedAt ?? ctx.now(), statusReason: null },
      data: limits.issues.length ? { warnings: limits.issues } : {},
    });
    return loadRequestDetail(tx, updated, ctx.actor);
  });
}

/** The structure withdraws its request (before anything is shipped). */
export async function withdrawRequest(ctx: ServiceContext, id: string, note: string | null) {
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, id, true);
    if (!request) throw new AppError('not_found', 'Unknown request.');
    assertOwns(ctx, 'request.write', request.structureId, 'request');
    const updated = await applyTransition(tx, ctx, request, 'withdraw', { message: note });
    return loadRequestDetail(tx, updated, ctx.actor);
  });
}
