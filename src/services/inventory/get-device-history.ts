import { deviceHistoryEvents } from '../../db/repositories/stock-read-repo';
import { listErasures, listSteps } from '../../db/repositories/workshop-repo';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from './access';
import { loadDrivesWithErasures } from './device-facts';

/** One line of a device's history. */
export interface THistoryEntry {
  at: Date;
  source: 'ledger' | 'step' | 'erasure';
  type: string;
  actor: { id: string | null; name: string | null };
  details: Record<string, unknown>;
}

/** At equal times a step comes before the transition it led to ("then"). */
const SOURCE_ORDER = { step: 0, erasure: 1, ledger: 2 } as const;

/**
 * Everything that happened to a device, in order: every ledger event (reception, moves,
 * transitions, grading, counts, harvested parts), every workshop step and every erasure, with
 * the names of the people who did it.
 */
export async function getDeviceHistory(ctx: ServiceContext, deviceId: string) {
  const device = await loadDeviceFor(ctx, ctx.db, deviceId, 'device.read');
  const [events, steps, erasures, drives] = await Promise.all([
    deviceHistoryEvents(ctx.db, device.id),
    listSteps(ctx.db, device.id),
    listErasures(ctx.db, [device.id]),
    loadDrivesWithErasures(ctx.db, device.id),
  ]);
  const driveLabel = new Map(drives.map((d) => [d.id, d.label]));
  const entries: (THistoryEntry & { order: number })[] = [
    ...events.map((e) => ({
      at: new Date(e.at),
      source: 'ledger' as const,
      type: e.type,
      actor: { id: e.actor_user_id, name: e.actor_name },
      order: e.id,
      details: {
        eventId: e.id,
        fromState: e.from_state,
        toState: e.to_state,
        fromLocation: e.from_location_id
          ? { id: e.from_location_id, name: e.from_location_name }
          : null,
        toLocation: e.to_location_id ? { id: e.to_location_id, name: e.to_location_name } : null,
        item: e.item_id ? { id: e.item_id, name: e.item_name, quantity: e.quantity } : null,
        tier: e.tier,
        grade: e.grade,
        reason: e.reason,
        linked: e.linked_type ? { type: e.linked_type, id: e.linked_id } : null,
        evidence: e.evidence,
      },
    })),
    ...steps.map(({ step, operatorName }, i) => ({
      at: step.at,
      source: 'step' as const,
      type: step.step,
      actor: { id: step.operatorUserId, name: operatorName },
      order: i,
      details: {
        stepId: step.id,
        result: step.result,
        minutesSpent: step.minutesSpent,
        notes: step.notes,
        partsUsed: step.partsUsed,
      },
    })),
    ...erasures.map(({ erasure, operatorName }, i) => ({
      at: erasure.recordedAt,
      source: 'erasure' as const,
      type: erasure.method,
      actor: { id: erasure.operatorUserId, name: operatorName },
      order: i,
      details: {
        erasureId: erasure.id,
        drive: { id: erasure.driveId, label: driveLabel.get(erasure.driveId) ?? null },
        standard: erasure.standard,
        tool: erasure.tool,
        toolVersion: erasure.toolVersion,
        passes: erasure.passes,
        startedAt: erasure.startedAt,
        endedAt: erasure.endedAt,
        result: erasure.result,
        toolReportRef: erasure.toolReportRef,
      },
    })),
  ];
  entries.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
      a.order - b.order,
  );
  return {
    device: { id: device.id, assetTag: device.assetTag, state: device.state },
    entries: entries.map(({ order: _o, ...e }) => e),
  };
}
