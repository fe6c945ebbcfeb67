import type { Tx } from '../../db/connect';
import {
  countReceivedByLine,
  insertLotDevices,
  listLotLines,
  updateLot,
} from '../../db/repositories/donation-lots-repo';
import { RECEIVING_STATUSES } from '../../domain/supply/donation-lifecycle';
import { AppError } from '../../shared/app-error';
import { ZReceiveDevicesInput } from '../../shared/schemas/devices';
import { ZLotDevicesInput, type TLotDevicesInput } from '../../shared/schemas/donations';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import type { TFieldError } from '../geo/resolve-address';
import { parseInput, pgErrorCode, throwIfFieldErrors } from '../inventory/parse-input';
import { receiveInTx } from '../inventory/receive-devices';
import { loadLotFor } from './lot-access';

/**
 * Records devices of a collected lot at the warehouse (up to 500 per call: a big lot is counted
 * in several batches). Each device gets its record, asset tag and `receive` ledger event
 * through the inventory's `receiveDevices` (origin `donation_lot`, the donor company), and is
 * counted against a line of the declaration. All devices of the batch or none.
 */
export async function receiveLotDevices(ctx: ServiceContext, lotId: string, raw: TLotDevicesInput) {
  const input = parseInput(ZLotDevicesInput, raw);
  try {
    return await ctx.db.transaction((tx) => receiveInLot(tx, ctx, lotId, input));
  } catch (error) {
    if (pgErrorCode(error) === '23505') {
      throw new AppError(
        'conflict',
        'An asset tag or serial was recorded at the same moment; try again.',
      );
    }
    throw error;
  }
}

async function receiveInLot(
  tx: Tx,
  ctx: ServiceContext,
  lotId: string,
  input: ReturnType<typeof ZLotDevicesInput.parse>,
) {
  const lot = await loadLotFor(ctx, tx, lotId, 'donation.receive', { lock: true });
  if (!RECEIVING_STATUSES.includes(lot.status)) {
    throw new AppError(
      'donation.invalid_state',
      `Devices are recorded once the lot is collected (it is ${lot.status}).`,
      {
        from: lot.status,
        event: 'receive_devices',
      },
    );
  }
  const lines = await listLotLines(tx, lot.id);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const errors: TFieldError[] = [];
  const lineIds = input.devices.map((d, i) => {
    const candidates = d.lineId
      ? lines.filter((l) => l.id === d.lineId)
      : lines.filter((l) => lines.length === 1 || (d.kind && l.kind === d.kind));
    if (d.lineId && !candidates.length)
      errors.push({ path: `devices.${i}.lineId`, code: 'line_unknown' });
    else if (candidates.length !== 1)
      errors.push({ path: `devices.${i}.lineId`, code: 'required' });
    const line = candidates.length === 1 ? candidates[0]! : undefined;
    if (line && d.kind && d.kind !== line.kind) {
      errors.push({
        path: `devices.${i}.kind`,
        code: 'kind_mismatch',
        params: { expected: line.kind },
      });
    }
    return line?.id ?? '';
  });
  throwIfFieldErrors(
    errors,
    'Some devices cannot be counted against the lot; nothing was recorded.',
  );

  const received = await receiveInTx(
    tx,
    ctx,
    parseInput(ZReceiveDevicesInput, {
      locationId: input.locationId,
      originType: 'donation_lot',
      originId: lot.id,
      donorOrganisationId: lot.donorOrganisationId,
      devices: input.devices.map(({ lineId: _lineId, ...d }, i) => ({
        ...d,
        kind: byId.get(lineIds[i]!)!.kind,
      })),
    }),
  );
  await insertLotDevices(
    tx,
    received.devices.map((d, i) => ({ deviceId: d.id, lotId: lot.id, lineId: lineIds[i]! })),
  );
  if (!lot.receivedLocationId) {
    await updateLot(tx, lot.id, { receivedLocationId: input.locationId, updatedAt: ctx.now() });
  }
  await recordAudit(tx, ctx, {
    action: 'donation.receive_devices',
    entityType: 'donation_lot',
    entityId: lot.id,
    after: { count: received.devices.length, locationId: input.locationId },
  });
  const counts = await countReceivedByLine(tx, lot.id);
  return {
    lotId: lot.id,
    devices: received.devices,
    lines: lines.map((l) => ({ id: l.id, expected: l.count, received: counts.get(l.id) ?? 0 })),
  };
}
