import type { Tx } from '../../db/connect';
import {
  findDevicesByIds,
  existingAssetTags,
  insertDevices,
  insertDrives,
  updateDevice,
  type TDeviceRow,
} from '../../db/repositories/devices-repo';
import type { devices } from '../../db/schema';
import { assetTagError, normaliseAssetTag } from '../../domain/device/asset-tag';
import { AppError } from '../../shared/app-error';
import {
  ZReceiveDevicesInput,
  type TReceiveDevicesInput,
  type TReceiveDevicesParsed,
} from '../../shared/schemas/devices';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { appendDeviceEvents, type TDeviceEventInput } from '../stock/ledger';
import { loadLocationFor } from './access';
import { allocateAssetTags } from './asset-tags';
import { checkLicence, checkOriginOrganisations, checkSerialsFree } from './check-device-fields';
import {
  normaliseSerial,
  parseInput,
  pgErrorCode,
  throwIfFieldErrors,
  type TFieldError,
} from './parse-input';

type TLine = TReceiveDevicesParsed['devices'][number];

/** Device columns a reception line sets (undefined = not given). */
function specColumns(line: TLine) {
  return {
    serial: normaliseSerial(line.serial),
    donorAssetTag: normaliseSerial(line.donorAssetTag),
    brand: line.brand ?? null,
    model: line.model ?? null,
    cpu: line.cpu ?? null,
    ramMb: line.ramMb ?? null,
    storageType: line.storageType ?? null,
    storageGb: line.storageGb ?? null,
    screenInches: line.screenInches ?? null,
    batteryHealthPct: line.batteryHealthPct ?? null,
    osName: line.osName ?? null,
    osLicenceRef: line.osLicenceRef ?? null,
    accessories: line.accessories,
    notes: line.notes ?? null,
  };
}

/** Validates every line; collects all field errors before refusing. */
async function validateLines(
  tx: Tx,
  input: TReceiveDevicesParsed,
  expected: Map<string, TDeviceRow>,
) {
  const errors: TFieldError[] = [...(await checkOriginOrganisations(tx, input))];
  const tags = new Map<string, string>();
  input.devices.forEach((line, i) => {
    const p = `devices.${i}`;
    if (line.expectedDeviceId) {
      const d = expected.get(line.expectedDeviceId);
      if (!d) errors.push({ path: `${p}.expectedDeviceId`, code: 'device_unknown' });
      else if (d.state !== 'expected') {
        errors.push({
          path: `${p}.expectedDeviceId`,
          code: 'not_expected',
          params: { state: d.state },
        });
      }
    } else if (!line.kind) errors.push({ path: `${p}.kind`, code: 'required' });
    if (line.assetTag) {
      const tag = normaliseAssetTag(line.assetTag);
      const err = assetTagError(tag);
      if (err) errors.push({ path: `${p}.assetTag`, code: err });
      else if (tags.has(tag)) errors.push({ path: `${p}.assetTag`, code: 'asset_tag_duplicate' });
      else tags.set(tag, `${p}.assetTag`);
    }
    errors.push(...checkLicence(line.osName, line.osLicenceRef, `${p}.osLicenceRef`));
  });
  const taken = await existingAssetTags(tx, [...tags.keys()]);
  for (const [tag, path] of tags) {
    if (taken.has(tag)) errors.push({ path, code: 'asset_tag_taken', params: { assetTag: tag } });
  }
  errors.push(
    ...(await checkSerialsFree(
      tx,
      input.devices.flatMap((line, i) => [
        {
          path: `devices.${i}.serial`,
          serial: normaliseSerial(line.serial),
          ownAssetTag: line.expectedDeviceId
            ? expected.get(line.expectedDeviceId)?.assetTag
            : undefined,
        },
        ...line.drives.map((d, j) => ({
          path: `devices.${i}.drives.${j}.serial`,
          serial: normaliseSerial(d.serial),
        })),
      ]),
    )),
  );
  throwIfFieldErrors(errors, 'Some devices cannot be received; nothing was recorded.');
}

/**
 * Receives devices at a location: new devices get an asset tag (or keep a pre-printed one),
 * expected devices become `received`. One `receive` ledger event per device, in the same
 * transaction as the rows; all lines or none. Called by the reception screen (one scan at a
 * time), the CSV import and the supply issue (lots and purchase lines).
 */
export async function receiveDevices(ctx: ServiceContext, rawInput: TReceiveDevicesInput) {
  const input = parseInput(ZReceiveDevicesInput, rawInput);
  try {
    return await ctx.db.transaction((tx) => receiveInTx(tx, ctx, input));
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

/** The reception itself, inside the caller's transaction (used by the CSV import too). */
export async function receiveInTx(tx: Tx, ctx: ServiceContext, input: TReceiveDevicesParsed) {
  const location = await loadLocationFor(ctx, tx, input.locationId, 'device.receive');
  if (!location.isActive) {
    throwIfFieldErrors([{ path: 'locationId', code: 'location_inactive' }]);
  }
  const expectedIds = input.devices.map((d) => d.expectedDeviceId).filter((x): x is string => !!x);
  const expected = new Map((await findDevicesByIds(tx, expectedIds)).map((d) => [d.id, d]));
  await validateLines(tx, input, expected);

  const now = ctx.now();
  const fresh = input.devices.filter((l) => !l.expectedDeviceId);
  const given = new Set(
    fresh.map((l) => l.assetTag && normaliseAssetTag(l.assetTag)).filter(Boolean) as string[],
  );
  const generated = await allocateAssetTags(tx, fresh.filter((l) => !l.assetTag).length, given);
  const rows: (typeof devices.$inferInsert)[] = fresh.map((line) => ({
    ...specColumns(line),
    assetTag: line.assetTag ? normaliseAssetTag(line.assetTag) : generated.pop()!,
    kind: line.kind!,
    originType: input.originType,
    originId: input.originId ?? null,
    donorOrganisationId: input.donorOrganisationId ?? null,
    funderOrganisationId: input.funderOrganisationId ?? null,
    earmarkNetworkId: input.earmark ?? null,
    locationId: location.id,
    shelfCode: line.shelfCode ?? null,
    state: 'received' as const,
    createdAt: now,
    updatedAt: now,
  }));
  const created = await insertDevices(tx, rows);
  const events: TDeviceEventInput[] = created.map((device) => ({
    type: 'receive',
    previous: null,
    device,
  }));
  const byLine: TDeviceRow[] = [];
  let next = 0;
  for (const line of input.devices) {
    if (!line.expectedDeviceId) {
      byLine.push(created[next++]!);
      continue;
    }
    const previous = expected.get(line.expectedDeviceId)!;
    const given = Object.fromEntries(
      Object.entries(specColumns(line)).filter(
        ([, v]) => v !== null && !(Array.isArray(v) && !v.length),
      ),
    );
    const device = await updateDevice(tx, previous.id, {
      ...given,
      ...(line.kind ? { kind: line.kind } : {}),
      ...(line.assetTag ? { assetTag: normaliseAssetTag(line.assetTag) } : {}),
      locationId: location.id,
      shelfCode: line.shelfCode ?? previous.shelfCode,
      state: 'received',
      updatedAt: now,
    });
    events.push({ type: 'receive', previous, device });
    byLine.push(device);
  }
  await insertDrives(
    tx,
    input.devices.flatMap((line, i) =>
      line.drives.map((d, position) => ({
        deviceId: byLine[i]!.id,
        position,
        serial: normaliseSerial(d.serial),
        name: d.name ?? null,
        type: d.type,
        sizeGb: d.sizeGb ?? null,
        model: d.model ?? null,
        createdAt: now,
      })),
    ),
  );
  const linked = input.originId ? { linkedType: input.originType, linkedId: input.originId } : {};
  await appendDeviceEvents(
    tx,
    ctx,
    events.map((e) => ({ ...e, ...linked })),
  );
  await recordAudit(tx, ctx, {
    action: 'device.receive',
    entityType: 'location',
    entityId: location.id,
    after: {
      originType: input.originType,
      originId: input.originId ?? null,
      assetTags: byLine.map((d) => d.assetTag),
    },
  });
  return {
    location: { id: location.id, name: location.name },
    devices: byLine.map((d) => ({
      id: d.id,
      assetTag: d.assetTag,
      serial: d.serial,
      kind: d.kind,
      brand: d.brand,
      model: d.model,
      state: d.state,
    })),
  };
}
