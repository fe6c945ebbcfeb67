import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect';
import {
  bumpAllocatedQuantities,
  findWave,
  insertDeviceAllocations,
  pickReadyDevices,
  setDevicesState,
  updateWave,
} from '../../db/repositories/allocation-repo';
import type { TDeviceRow } from '../../db/repositories/devices-repo';
import { listReferents } from '../../db/repositories/referents-repo';
import { insertRequestEvents } from '../../db/repositories/requests-repo';
import { organisations, requestLines, requests } from '../../db/schema';
import { snapshotChanges, type TWaveChange, type TWaveContext } from '../../domain/allocation-wave';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { requestReference } from '../needs/request-detail';
import { appendDeviceEvents } from '../stock/ledger';
import { describeChanges } from './describe-changes';
import { waveReference } from './read-waves';
import { assertBankActor, currentSnapshot } from './wave-inputs';

/** Advisory lock serialising confirmations and cancellations of waves across app instances. */
export const ALLOCATION_LOCK = 727275;

/** Takes the allocation lock for the rest of the transaction. */
export async function lockAllocations(tx: Tx) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${ALLOCATION_LOCK})`);
}

/** Refuses with 409 `allocation.stale`, naming what changed, so the coordinator can re-run. */
export async function refuseStale(
  tx: Tx,
  context: TWaveContext,
  changes: readonly TWaveChange[],
): Promise<never> {
  throw new AppError(
    'allocation.stale',
    'Stock or requests changed since this wave ran; run it again before confirming.',
    { changes: await describeChanges(tx, changes, context) },
  );
}

/**
 * Confirms a draft wave: in one transaction, under the allocation lock, checks that the stock
 * and lines it ran on have not changed, takes ready devices of each planned stock line (shelf
 * order), reserves them in the ledger for their request lines, raises the lines' allocated
 * units and tells each structure's referents. A wave run on stale data, or with what-if stock,
 * is refused and nothing changes.
 */
export async function confirmWave(ctx: ServiceContext, id: string) {
  assertBankActor(ctx);
  return ctx.db.transaction(async (tx) => {
    await lockAllocations(tx);
    const wave = await findWave(tx, id, true);
    if (!wave) throw new AppError('not_found', 'Unknown wave.');
    if (wave.status !== 'draft') {
      throw new AppError('allocation.invalid_state', 'Only a draft wave can be confirmed.', {
        status: wave.status,
      });
    }
    if (wave.options.hypothetical.length) {
      throw new AppError(
        'allocation.what_if',
        'This wave counts on stock that does not exist (what-if); remove it and run again.',
      );
    }
    const changes = snapshotChanges(
      wave.snapshot,
      await currentSnapshot(tx, wave.options, wave.snapshot),
    );
    if (changes.length) await refuseStale(tx, wave.context, changes);

    // Take the devices of each planned stock line, then hand them to the lines in plan order.
    const bySupply = new Map<string, { demand: string; quantity: number }[]>();
    for (const a of wave.plan.assignments) {
      if (!a.quantity) continue;
      bySupply.set(a.supply, [...(bySupply.get(a.supply) ?? []), a]);
    }
    const reserved: { device: TDeviceRow; previous: TDeviceRow; lineId: string }[] = [];
    for (const [supplyId, assignments] of bySupply) {
      const meta = wave.context.supply[supplyId]!;
      const locationId = wave.context.warehouses[meta.warehouse]!.locationId!;
      const total = assignments.reduce((n, a) => n + a.quantity, 0);
      const picked = await pickReadyDevices(
        tx,
        { locationId, kind: meta.kind, tier: meta.tier, earmarkNetworkId: meta.earmarkNetworkId },
        total,
      );
      if (picked.length < total) {
        await refuseStale(tx, wave.context, [
          {
            type: 'stock',
            key: `${locationId}|${meta.kind}|${meta.tier}|${meta.earmarkNetworkId ?? ''}`,
            before: total,
            now: picked.length,
          },
        ]);
      }
      const updated = new Map(
        (
          await setDevicesState(
            tx,
            picked.map((d) => d.id),
            'ready',
            'reserved',
            ctx.now(),
          )
        ).map((d) => [d.id, d]),
      );
      let i = 0;
      for (const a of assignments) {
        const lineId = wave.context.demands[a.demand]!.lineId;
        for (let k = 0; k < a.quantity; k++, i++) {
          const previous = picked[i]!;
          reserved.push({ previous, device: updated.get(previous.id)!, lineId });
        }
      }
    }
    const reference = waveReference(wave.number);
    await appendDeviceEvents(
      tx,
      ctx,
      reserved.map((r) => ({
        type: 'reserve',
        previous: r.previous,
        device: r.device,
        reason: reference,
        linkedType: 'request_line',
        linkedId: r.lineId,
        evidence: { event: 'reserve', waveId: wave.id },
      })),
    );
    await insertDeviceAllocations(
      tx,
      reserved.map((r) => ({
        waveId: wave.id,
        requestLineId: r.lineId,
        deviceId: r.device.id,
        reservedAt: ctx.now(),
      })),
    );

    const perLine = new Map<string, number>();
    for (const r of reserved) perLine.set(r.lineId, (perLine.get(r.lineId) ?? 0) + 1);
    const bumped = await bumpAllocatedQuantities(tx, perLine);
    const refused = [...perLine.keys()].find((id) => !bumped.has(id));
    if (refused) {
      await refuseStale(tx, wave.context, [
        { type: 'line', key: refused, before: perLine.get(refused)!, now: 0 },
      ]);
    }
    await notifyStructures(tx, ctx, reference, perLine);

    const confirmed = await updateWave(tx, wave.id, {
      status: 'confirmed',
      confirmedAt: ctx.now(),
      confirmedBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'allocation.confirm',
      entityType: 'allocation_wave',
      entityId: wave.id,
      before: { status: 'draft' },
      after: { status: 'confirmed', units: reserved.length, lines: perLine.size },
    });
    return { wave: confirmed, reservedUnits: reserved.length, lines: perLine.size };
  });
}

/** A request event and a mail to the referents of every request that got units. */
async function notifyStructures(
  tx: Tx,
  ctx: ServiceContext,
  waveRef: string,
  perLine: Map<string, number>,
) {
  const lines = await listLinesById(tx, [...perLine.keys()]);
  const byRequest = new Map<string, typeof lines>();
  for (const l of lines) byRequest.set(l.requestId, [...(byRequest.get(l.requestId) ?? []), l]);
  if (!byRequest.size) return;
  const requestRows = await tx
    .select()
    .from(requests)
    .where(inArray(requests.id, [...byRequest.keys()]));
  const structureIds = [...new Set(requestRows.map((r) => r.structureId))];
  const structures = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, structureIds));
  const referents = await listReferents(tx, structureIds);
  const names = new Map(structures.map((s) => [s.id, s.name]));
  await insertRequestEvents(
    tx,
    requestRows.map((request) => ({
      requestId: request.id,
      at: ctx.now(),
      actorUserId: ctx.actor?.userId ?? null,
      kind: 'allocation' as const,
      message: waveRef,
      data: {
        wave: waveRef,
        lines: byRequest.get(request.id)!.map((l) => ({ lineId: l.id, units: perLine.get(l.id) })),
      },
    })),
  );
  for (const request of requestRows) {
    const mailLines = byRequest.get(request.id)!.map((l) => ({
      kind: l.kind,
      allocated: perLine.get(l.id)!,
      approved: l.approvedQuantity ?? 0,
      totalAllocated: l.allocatedQuantity,
    }));
    for (const r of referents.filter((x) => x.structureId === request.structureId)) {
      await sendMail(tx, ctx, r.email, r.locale, {
        kind: 'request_allocated',
        number: requestReference(request.number),
        structureName: names.get(request.structureId) ?? '',
        waveNumber: waveRef,
        lines: mailLines,
        link: `${ctx.config.publicUrl}/requests/${request.id}`,
      });
    }
  }
}

async function listLinesById(tx: Tx, lineIds: string[]) {
  if (!lineIds.length) return [];
  return tx.select().from(requestLines).where(inArray(requestLines.id, lineIds));
}
