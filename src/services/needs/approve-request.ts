import { AppError } from '../../shared/app-error';
import type { TRequestApproval } from '../../shared/schemas/requests';
import { findRequest, insertRequestEvent, updateLine } from '../../db/repositories/requests-repo';
import { insertAllowances } from '../../db/repositories/request-claims-repo';
import type { TFieldIssue } from '../../domain/needs/types';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadLinesWithLinks, loadRequestDetail } from './request-detail';
import { checkRequestLimits, describeDuplicates } from './request-limits';
import { applyTransition, assertTransition } from './request-transition';
import { requireActor, throwIfFieldErrors } from './scope';

/**
 * Approves a request line by line, possibly fewer than asked (then with a reason per line).
 * Blocking checks: the network's quota and the per-beneficiary limit (unless `quotaOverride`
 * gives a reason), and the duplicate guard (unless `duplicateOverride` gives one, which records
 * the allowances). Overrides are stored on the request, in its history and in the audit trail.
 */
export async function approveRequest(ctx: ServiceContext, id: string, input: TRequestApproval) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, id, true);
    if (!request) throw new AppError('not_found', 'Unknown request.');
    assertTransition(request, 'approve');
    const lines = await loadLinesWithLinks(tx, [id]);
    const errors: TFieldIssue[] = [];
    const decided = new Map<string, { approvedQuantity: number; reason: string | null }>();
    input.lines.forEach((d, i) => {
      const line = lines.find((l) => l.id === d.lineId);
      if (!line) return errors.push({ path: `lines.${i}.lineId`, code: 'line_unknown' });
      if (decided.has(d.lineId))
        return errors.push({ path: `lines.${i}.lineId`, code: 'line_repeated' });
      decided.set(d.lineId, { approvedQuantity: d.approvedQuantity, reason: d.reason || null });
      if (d.approvedQuantity > line.quantity) {
        errors.push({
          path: `lines.${i}.approvedQuantity`,
          code: 'approved_exceeds_asked',
          params: { asked: line.quantity },
        });
      } else if (d.approvedQuantity < line.quantity && !d.reason) {
        errors.push({ path: `lines.${i}.reason`, code: 'reason_required' });
      }
    });
    lines.forEach((l) => {
      if (!decided.has(l.id))
        errors.push({ path: 'lines', code: 'line_missing', params: { lineId: l.id } });
    });
    if (!errors.length && [...decided.values()].every((d) => d.approvedQuantity === 0)) {
      errors.push({ path: 'lines', code: 'nothing_approved' });
    }
    throwIfFieldErrors(errors);

    const consumption = lines.map((l) => ({
      kind: l.kind,
      quantity: decided.get(l.id)!.approvedQuantity,
      beneficiaryIds: l.beneficiaryIds,
    }));
    const limits = await checkRequestLimits(tx, request, consumption);
    const blockingIssues = input.quotaOverride ? [] : limits.issues;
    const blockingDuplicates = input.duplicateOverride ? [] : limits.duplicates;
    if (blockingDuplicates.length) {
      throw new AppError(
        'request.duplicate_beneficiary',
        `${describeDuplicates(blockingDuplicates)}; give a reason to allow it.`,
        {
          duplicates: blockingDuplicates,
          issues: blockingIssues,
        },
      );
    }
    if (blockingIssues.length) {
      throw new AppError(
        'request.limits_exceeded',
        'This approval exceeds a quota or a per-beneficiary limit; give a reason to override.',
        {
          issues: blockingIssues,
          duplicates: [],
        },
      );
    }
    const now = ctx.now();
    const overrides: Record<string, unknown> = {};
    if (limits.issues.length && input.quotaOverride) {
      overrides.quota = { reason: input.quotaOverride.reason, issues: limits.issues };
    }
    if (limits.duplicates.length && input.duplicateOverride) {
      const reason = input.duplicateOverride.reason;
      await insertAllowances(
        tx,
        limits.duplicates.flatMap((d) =>
          Array.from({ length: d.missingAllowances }, () => ({
            campaignId: request.campaignId,
            beneficiaryId: d.beneficiaryId,
            kind: d.kind,
            reason,
            createdByUserId: actor.userId,
            createdAt: now,
          })),
        ),
      );
      overrides.duplicates = { reason, duplicates: limits.duplicates };
    }
    if (Object.keys(overrides).length) {
      await insertRequestEvent(tx, {
        requestId: id,
        at: now,
        actorUserId: actor.userId,
        kind: 'override',
        data: overrides,
      });
      await recordAudit(tx, ctx, {
        action: 'request.override',
        entityType: 'request',
        entityId: id,
        after: overrides,
      });
    }
    for (const l of lines) {
      const d = decided.get(l.id)!;
      await updateLine(tx, l.id, {
        approvedQuantity: d.approvedQuantity,
        decisionReason: d.reason,
      });
    }
    const summary = lines.map((l) => ({
      kind: l.kind,
      asked: l.quantity,
      approved: decided.get(l.id)!.approvedQuantity,
      reason: decided.get(l.id)!.reason,
    }));
    const updated = await applyTransition(tx, ctx, request, 'approve', {
      message: input.message,
      patch: {
        decidedAt: now,
        statusReason: input.message,
        quotaOverrideReason: overrides.quota
          ? input.quotaOverride!.reason
          : request.quotaOverrideReason,
      },
      data: { lines: summary },
      mailLines: summary,
    });
    return loadRequestDetail(tx, updated, ctx.actor);
  });
}

/**
 * Approves several requests, every line at the asked quantity, each request on its own (one
 * transaction each, no override): the answer says which passed and why the others did not.
 */
export async function bulkApproveRequests(ctx: ServiceContext, requestIds: string[]) {
  const results: {
    id: string;
    ok: boolean;
    status?: string;
    error?: { code: string; message: string; details?: unknown };
  }[] = [];
  for (const id of requestIds) {
    try {
      const lines = await loadLinesWithLinks(ctx.db, [id]);
      const detail = await approveRequest(ctx, id, {
        lines: lines.map((l) => ({ lineId: l.id, approvedQuantity: l.quantity, reason: null })),
        quotaOverride: null,
        duplicateOverride: null,
        message: null,
      });
      results.push({ id, ok: true, status: detail.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        id,
        ok: false,
        error: { code: error.code, message: error.message, details: error.details },
      });
    }
  }
  return { approved: results.filter((r) => r.ok).length, results };
}
