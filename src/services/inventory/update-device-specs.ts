import type { Tx } from '../../db/connect';
import type { devices } from '../../db/schema';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { ZDeviceUpdate, type TDeviceUpdate } from '../../shared/schemas/devices';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from './access';
import { checkLicence, checkOriginOrganisations, checkSerialsFree } from './check-device-fields';
import { getDeviceInTx } from './get-device';
import { normaliseSerial, parseInput, throwIfFieldErrors } from './parse-input';
import { qualifyDevice } from './qualify-device';
import { saveDeviceChange } from './save-device-change';

const SPEC_FIELDS = [
  'brand',
  'model',
  'cpu',
  'ramMb',
  'storageType',
  'storageGb',
  'screenInches',
  'batteryHealthPct',
  'osName',
  'osLicenceRef',
  'accessories',
  'notes',
  'shelfCode',
  'kind',
] as const;
const QUALIFYING = new Set([
  'kind',
  'ramMb',
  'storageType',
  'storageGb',
  'screenInches',
  'batteryHealthPct',
]);

/**
 * Edits a device's identity and specs (typed in the workshop). Absent fields stay, null
 * clears. A device already qualified is re-qualified when its specs change; if that (or a
 * change of kind or earmark) moves it to another stock key, a ledger event records it.
 */
export async function updateDeviceSpecs(ctx: ServiceContext, deviceId: string, raw: unknown) {
  const input: TDeviceUpdate = parseInput(ZDeviceUpdate, raw);
  return ctx.db.transaction(async (tx) => {
    const updated = await updateDeviceSpecsInTx(tx, ctx, deviceId, input);
    return getDeviceInTx(ctx, tx, updated.id);
  });
}

/** The edit itself, in the caller's transaction (used by the CSV import too). */
export async function updateDeviceSpecsInTx(
  tx: Tx,
  ctx: ServiceContext,
  deviceId: string,
  input: TDeviceUpdate,
) {
  const device = await loadDeviceFor(ctx, tx, deviceId, 'device.update', { lock: true });
  if (!isWorkshopEditable(device.state)) {
    throw new AppError(
      'state.invalid',
      `${device.assetTag}: a device in state "${device.state}" cannot be edited.`,
      {
        state: device.state,
      },
    );
  }
  const patch: Partial<typeof devices.$inferInsert> = {};
  for (const field of SPEC_FIELDS) {
    if (input[field] !== undefined) Object.assign(patch, { [field]: input[field] });
  }
  if (input.serial !== undefined) patch.serial = normaliseSerial(input.serial);
  if (input.donorAssetTag !== undefined) patch.donorAssetTag = normaliseSerial(input.donorAssetTag);
  if (input.earmark !== undefined) patch.earmarkNetworkId = input.earmark;
  const merged = { ...device, ...patch };
  throwIfFieldErrors([
    ...(await checkSerialsFree(tx, [
      { path: 'serial', serial: patch.serial ?? null, ownAssetTag: device.assetTag },
    ])),
    ...(input.earmark ? await checkOriginOrganisations(tx, { earmark: input.earmark }) : []),
    ...checkLicence(merged.osName, merged.osLicenceRef, 'osLicenceRef'),
  ]);
  if (device.specTierId && Object.keys(patch).some((k) => QUALIFYING.has(k))) {
    const q = await qualifyDevice(tx, merged);
    patch.specTierId = q.tier?.id ?? null;
    patch.specTierNumber = q.tier?.number ?? null;
  }
  const keyChange = patch.kind !== undefined || patch.earmarkNetworkId !== undefined;
  const { device: updated } = await saveDeviceChange(tx, ctx, device, patch, {
    type: keyChange ? 'adjust' : 'grade',
    reason: input.reason ?? 'specs edited',
  });
  const before = Object.fromEntries(
    Object.keys(patch).map((k) => [k, device[k as keyof typeof device]]),
  );
  await recordAudit(tx, ctx, {
    action: 'device.update',
    entityType: 'device',
    entityId: device.id,
    before,
    after: patch,
  });
  return updated;
}
