import {
  countReceivedByLine,
  insertDiscrepancies,
  listLotLines,
  lotDeviceStates,
} from '../../db/repositories/donation-lots-repo';
import { checkDiscrepancyReasons, findDiscrepancies } from '../../domain/supply/discrepancies';
import { summariseOutcomes } from '../../domain/supply/lot-outcome';
import { AppError } from '../../shared/app-error';
import type { TDeviceState } from '../../shared/inventory';
import { ZCompleteReception, type TCompleteReception } from '../../shared/schemas/donations';
import type { ServiceContext } from '../context';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { loadLotFor } from './lot-access';
import { applyLotTransition } from './lot-transition';

/**
 * Ends the counting of a lot: compares, per line, the devices recorded with the declaration.
 * Every difference needs a reason and is recorded as a discrepancy (expected vs received);
 * nothing is silently fixed. Then the lot is `received` and the donor told.
 */
export async function completeLotReception(
  ctx: ServiceContext,
  lotId: string,
  raw: TCompleteReception,
) {
  const input = parseInput(ZCompleteReception, raw ?? {});
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.receive', { lock: true });
    const [lines, counts] = await Promise.all([
      listLotLines(tx, lot.id),
      countReceivedByLine(tx, lot.id),
    ]);
    const counted = lines.map((l) => ({
      lineId: l.id,
      expected: l.count,
      received: counts.get(l.id) ?? 0,
    }));
    if (lot.status === 'collected') {
      const problems = checkDiscrepancyReasons(counted, input.discrepancies);
      throwIfFieldErrors(problems, 'Every difference with the declaration needs a reason.');
    }
    const differences = findDiscrepancies(counted);
    const reasons = new Map(input.discrepancies.map((d) => [d.lineId, d.reason.trim()]));
    const now = ctx.now();
    const received = counted.reduce((s, l) => s + l.received, 0);
    // The transition checks the status first, so a wrong state never records discrepancies.
    const updated = await applyLotTransition(tx, ctx, lot, 'complete_reception', {
      note: input.note,
      patch: { receivedAt: now },
      data: {
        expected: lot.expectedCount,
        received,
        discrepancies: differences.map((d) => ({ ...d, reason: reasons.get(d.lineId)! })),
      },
    });
    await insertDiscrepancies(
      tx,
      differences.map((d) => ({
        lotId: lot.id,
        lineId: d.lineId,
        expectedCount: d.expected,
        receivedCount: d.received,
        reason: reasons.get(d.lineId)!,
        recordedBy: ctx.actor?.userId ?? null,
        recordedAt: now,
      })),
    );
    return {
      id: updated.id,
      status: updated.status,
      expected: lot.expectedCount,
      received,
      discrepancies: differences,
    };
  });
}

/** The outcome of a lot's devices (refurbished, parts, recycled…) from their current states. */
export async function lotOutcome(ex: Parameters<typeof lotDeviceStates>[0], lotId: string) {
  const rows = await lotDeviceStates(ex, [lotId]);
  const byState: Partial<Record<TDeviceState, number>> = {};
  for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + r.count;
  return summariseOutcomes(byState);
}

/**
 * Marks a received lot processed once every device is refurbished, kept for parts, recycled
 * or lost (computed from the devices' states, never declared by hand).
 */
export async function markLotProcessed(ctx: ServiceContext, lotId: string) {
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.review', { lock: true });
    const outcome = await lotOutcome(tx, lot.id);
    if (lot.status === 'received' && !outcome.isProcessed) {
      throw new AppError(
        'donation.not_processed',
        `${outcome.inProgress} devices are still in the workshop.`,
        {
          inProgress: outcome.inProgress,
        },
      );
    }
    return applyLotTransition(tx, ctx, lot, 'mark_processed', {
      patch: { processedAt: ctx.now() },
      data: { ...outcome },
    });
  });
}

/** Closes a processed lot. */
export async function closeLot(ctx: ServiceContext, lotId: string, raw: { note?: string } = {}) {
  const note = typeof raw?.note === 'string' ? raw.note.trim().slice(0, 1000) : undefined;
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.review', { lock: true });
    return applyLotTransition(tx, ctx, lot, 'close', { note, patch: { closedAt: ctx.now() } });
  });
}
