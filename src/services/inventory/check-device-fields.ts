import type { Executor } from '../../db/connect';
import { existingSerials } from '../../db/repositories/devices-repo';
import { findOrganisationsByIds } from '../../db/repositories/organisations-repo';
import { osNeedsLicence } from '../../domain/device/os-licence';
import type { TOrganisationKind } from '../../shared/enums';
import type { TFieldError } from './parse-input';

/**
 * Checks shared by reception, editing and CSV import: organisations of the right kind,
 * serials not already recorded, licences where the OS needs one.
 */

/** Origin organisations: donor, funder and earmark network must exist with the right kind. */
export async function checkOriginOrganisations(
  ex: Executor,
  input: {
    donorOrganisationId?: string | null | undefined;
    funderOrganisationId?: string | null | undefined;
    earmark?: string | null | undefined;
  },
): Promise<TFieldError[]> {
  const wanted: [keyof typeof input, TOrganisationKind][] = [
    ['donorOrganisationId', 'donor'],
    ['funderOrganisationId', 'funder'],
    ['earmark', 'network'],
  ];
  const ids = wanted.map(([k]) => input[k]).filter((v): v is string => !!v);
  const found = new Map((await findOrganisationsByIds(ex, ids)).map((o) => [o.id, o]));
  const errors: TFieldError[] = [];
  for (const [field, kind] of wanted) {
    const id = input[field];
    if (!id) continue;
    const org = found.get(id);
    if (!org) errors.push({ path: field, code: 'organisation_unknown' });
    else if (org.kind !== kind) errors.push({ path: field, code: `${kind}_expected` });
  }
  return errors;
}

/** One serial to check, with the field it came from and the device it belongs to. */
export interface TSerialCheck {
  path: string;
  serial: string | null;
  /** The device's own tag, so a device does not clash with itself. */
  ownAssetTag?: string | undefined;
}

/** Serials already recorded on another device or drive, or repeated within the batch. */
export async function checkSerialsFree(ex: Executor, checks: TSerialCheck[]) {
  const errors: TFieldError[] = [];
  const present = checks.filter((c): c is TSerialCheck & { serial: string } => !!c.serial);
  const taken = await existingSerials(ex, [...new Set(present.map((c) => c.serial))]);
  const seen = new Map<string, string>();
  for (const c of present) {
    const owner = taken.get(c.serial);
    if (owner && owner !== c.ownAssetTag) {
      errors.push({ path: c.path, code: 'serial_taken', params: { assetTag: owner } });
    } else if (seen.has(c.serial)) {
      errors.push({
        path: c.path,
        code: 'serial_duplicate',
        params: { sameAs: seen.get(c.serial) },
      });
    } else {
      seen.set(c.serial, c.path);
    }
  }
  return errors;
}

/** A Windows install needs a licence reference. */
export function checkLicence(
  osName: string | null | undefined,
  osLicenceRef: string | null | undefined,
  path: string,
): TFieldError[] {
  return osNeedsLicence(osName) && !osLicenceRef?.trim()
    ? [{ path, code: 'licence_required' }]
    : [];
}
