import { findDevicesByCode, listDrives } from '../../db/repositories/devices-repo';
import { assetTagFromScan } from '../../domain/device/asset-tag';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from './access';

const ORDER = ['asset_tag', 'serial', 'donor_asset_tag', 'drive_serial'] as const;

/**
 * Finds the device a scanned or typed code names: its asset tag (or a QR URL ending with
 * it), its serial, the donor's asset tag, or one of its drives' serials. Several matches are
 * possible (two makers may reuse a serial): all are returned, the asset tag match first.
 */
export async function lookupDevice(ctx: ServiceContext, code: string) {
  const assetTag = assetTagFromScan(code);
  const upper = code.trim().toUpperCase();
  const found = (await findDevicesByCode(ctx.db, code, assetTag)).filter((d) =>
    canOnOrganisation(ctx, 'device.read', d.ownerOrganisationId),
  );
  if (!found.length) {
    throw new AppError(
      'not_found',
      `No device with the asset tag, serial or donor tag "${code.trim()}".`,
      { code: code.trim() },
    );
  }
  const drives = await listDrives(
    ctx.db,
    found.map((d) => d.id),
  );
  const matches = found.map((device) => {
    const matchedBy: (typeof ORDER)[number] =
      assetTag && device.assetTag === assetTag
        ? 'asset_tag'
        : device.serial === upper
          ? 'serial'
          : device.donorAssetTag === upper
            ? 'donor_asset_tag'
            : 'drive_serial';
    const { ownerOrganisationId: _owner, ...rest } = device;
    return {
      matchedBy,
      device: { ...rest, drives: drives.filter((dr) => dr.deviceId === device.id) },
    };
  });
  matches.sort((a, b) => ORDER.indexOf(a.matchedBy) - ORDER.indexOf(b.matchedBy));
  return { code: code.trim(), assetTag, matches };
}
