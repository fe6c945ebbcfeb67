import { findDevice } from '../../db/repositories/devices-repo';
import {
  findSnapshotCandidates,
  insertSnapshot,
  updateSnapshot,
} from '../../db/repositories/probe-repo';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { snapshotSerials } from '../../domain/device/snapshot-specs';
import { AppError } from '../../shared/app-error';
import type { TDeviceState } from '../../shared/inventory';
import { ZProbeSnapshot, type TProbeSnapshot } from '../../shared/schemas/probe';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { normaliseSerial, parseInput } from '../inventory/parse-input';
import { applyProbeSnapshot } from './apply-probe-snapshot';

/**
 * Reads a snapshot from a request body: raw text (the probe's file) or parsed JSON. Malformed
 * JSON is refused with the parser's reason (400 `request.bad`); a wrong shape with field
 * errors (400 `validation.failed`). Nothing is stored in either case.
 */
export function parseSnapshotBody(body: unknown): TProbeSnapshot {
  let value = body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const text = body.toString();
    if (!text.trim())
      throw new AppError('request.bad', 'Malformed JSON: the body is empty.', { reason: 'empty' });
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = (error as Error).message;
      throw new AppError('request.bad', `Malformed JSON: ${reason}`, { reason });
    }
  }
  return parseInput(ZProbeSnapshot, value);
}

/** Where a snapshot comes from. */
export interface TSnapshotSource {
  /** The workshop (token) or the uploader's organisation. */
  organisationId: string;
  /** Devices it may match: this organisation's (undefined: any, for bank staff). */
  scopeOrganisationId: string | undefined;
  source: 'token' | 'upload';
  tokenId?: string | undefined;
}

/**
 * Stores a probe snapshot and, when exactly one device of the workshop has its system serial
 * or one of its drive serials, fills that device's specs at once. Otherwise the snapshot
 * waits, unmatched, for an operator to attach it ("or asks").
 */
export async function ingestProbeSnapshot(
  ctx: ServiceContext,
  from: TSnapshotSource,
  body: unknown,
) {
  const snapshot = parseSnapshotBody(body);
  const serials = snapshotSerials(snapshot);
  const system = normaliseSerial(serials.system);
  const drives = serials.drives.map((s) => normaliseSerial(s)!).filter(Boolean);
  return ctx.db.transaction(async (tx) => {
    const candidates = await findSnapshotCandidates(
      tx,
      [...new Set([system, ...drives].filter((s): s is string => !!s))],
      from.scopeOrganisationId,
    );
    const only = candidates.length === 1 ? candidates[0]! : undefined;
    const isEditable = only
      ? isWorkshopEditable(only.state as TDeviceState) && only.state !== 'expected'
      : false;
    const matchNote = !candidates.length
      ? 'no_device'
      : candidates.length > 1
        ? `several_devices: ${candidates.map((c) => c.asset_tag).join(', ')}`
        : isEditable
          ? null
          : `device_not_editable: ${only!.asset_tag} is ${only!.state}`;
    const row = await insertSnapshot(tx, {
      organisationId: from.organisationId,
      status: matchNote ? 'unmatched' : 'matched',
      deviceId: matchNote ? null : only!.id,
      systemSerial: system,
      driveSerials: drives,
      payload: snapshot,
      source: from.source,
      tokenId: from.tokenId ?? null,
      uploadedBy: ctx.actor?.userId ?? null,
      receivedAt: ctx.now(),
      matchNote,
    });
    let applied: Awaited<ReturnType<typeof applyProbeSnapshot>> | undefined;
    if (!matchNote) {
      const device = (await findDevice(tx, only!.id, { lock: true }))!;
      applied = await applyProbeSnapshot(tx, ctx, device, snapshot, row.id);
      await updateSnapshot(tx, row.id, { appliedAt: ctx.now() });
    }
    await recordAudit(tx, ctx, {
      action: 'probe.ingest',
      entityType: 'probe_snapshot',
      entityId: row.id,
      after: { status: row.status, deviceId: row.deviceId, matchNote, source: from.source },
    });
    return {
      id: row.id,
      status: row.status,
      matchNote,
      device: applied ? { id: applied.device.id, assetTag: applied.device.assetTag } : null,
      fields: applied?.fields ?? [],
      drivesAdded: applied?.drivesAdded ?? [],
      drivesSkipped: applied?.drivesSkipped ?? [],
      unknown: snapshot.unknown,
    };
  });
}
