import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import { deviceDrives, devices, locations } from '../schema';
import type { TDeviceKind, TDeviceState, TOriginType } from '../../shared/inventory';
import { assetTagFromScan } from '../../domain/device/asset-tag';

/** A device row. */
export type TDeviceRow = typeof devices.$inferSelect;
/** A drive row. */
export type TDriveRow = typeof deviceDrives.$inferSelect;
/** A device with the organisation owning its location (null when it has none). */
export type TDeviceWithOwner = TDeviceRow & { ownerOrganisationId: string | null };

const withOwner = {
  device: devices,
  ownerOrganisationId: locations.organisationId,
};

function flatten(rows: { device: TDeviceRow; ownerOrganisationId: string | null }[]) {
  return rows.map((r) => ({ ...r.device, ownerOrganisationId: r.ownerOrganisationId }));
}

/** Inserts devices in one statement. */
export async function insertDevices(
  ex: Executor,
  rows: (typeof devices.$inferInsert)[],
): Promise<TDeviceRow[]> {
  if (!rows.length) return [];
  return ex.insert(devices).values(rows).returning();
}

/** Updates a device and returns the new row. */
export async function updateDevice(
  ex: Executor,
  id: string,
  patch: Partial<typeof devices.$inferInsert>,
): Promise<TDeviceRow> {
  const [row] = await ex.update(devices).set(patch).where(eq(devices.id, id)).returning();
  return row!;
}

/** One device with its owner; `lock` takes a row lock for the rest of the transaction. */
export async function findDevice(
  ex: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TDeviceWithOwner | undefined> {
  const q = ex
    .select(withOwner)
    .from(devices)
    .leftJoin(locations, eq(locations.id, devices.locationId))
    .where(eq(devices.id, id));
  const rows = options.lock ? await q.for('update', { of: devices }) : await q;
  return flatten(rows)[0];
}

/** Devices by id with their owners. */
export async function findDevicesByIds(ex: Executor, ids: string[]): Promise<TDeviceWithOwner[]> {
  if (!ids.length) return [];
  const rows = await ex
    .select(withOwner)
    .from(devices)
    .leftJoin(locations, eq(locations.id, devices.locationId))
    .where(inArray(devices.id, ids));
  return flatten(rows);
}

/**
 * Devices a scanned or typed code names: asset tag, serial, donor's asset tag, or the serial
 * of one of its drives (codes compared upper-cased).
 */
export async function findDevicesByCode(
  ex: Executor,
  code: string,
  assetTag: string | null,
): Promise<TDeviceWithOwner[]> {
  const rows = await ex
    .select(withOwner)
    .from(devices)
    .leftJoin(locations, eq(locations.id, devices.locationId))
    .where(sql`${devices.id} IN (${idsMatchingCode(code, assetTag)})`)
    .limit(20);
  return flatten(rows);
}

/**
 * Ids of the devices a code names, as a UNION of index look-ups (an OR across columns and
 * the drives table would scan every device).
 */
function idsMatchingCode(code: string, assetTag: string | null): SQL {
  const upper = code.trim().toUpperCase();
  return sql`SELECT id FROM devices WHERE serial = ${upper}
    UNION SELECT id FROM devices WHERE donor_asset_tag = ${upper}
    UNION SELECT device_id FROM device_drives WHERE serial = ${upper}
    UNION SELECT id FROM devices WHERE asset_tag = ${assetTag ?? upper}`;
}

/** Asset tags among `tags` already used. */
export async function existingAssetTags(ex: Executor, tags: string[]): Promise<Set<string>> {
  if (!tags.length) return new Set();
  const rows = await ex
    .select({ tag: devices.assetTag })
    .from(devices)
    .where(inArray(devices.assetTag, tags));
  return new Set(rows.map((r) => r.tag));
}

/** Serials among `serials` already recorded on a device or a drive (with the device's tag). */
export async function existingSerials(ex: Executor, serials: string[]) {
  if (!serials.length) return new Map<string, string>();
  const rows = await queryRows<{ serial: string; asset_tag: string }>(
    ex,
    sql`SELECT serial, asset_tag FROM devices WHERE serial IN ${serials}
        UNION ALL
        SELECT dd.serial, d.asset_tag FROM device_drives dd JOIN devices d ON d.id = dd.device_id
        WHERE dd.serial IN ${serials}`,
  );
  return new Map(rows.map((r) => [r.serial, r.asset_tag]));
}

/** Filters of the device list. */
export interface TDeviceFilter {
  search?: string | undefined;
  states?: TDeviceState[] | undefined;
  kind?: TDeviceKind | undefined;
  locationId?: string | undefined;
  /** Only devices at locations of this organisation. */
  organisationId?: string | undefined;
  originType?: TOriginType | undefined;
  originId?: string | undefined;
  limit: number;
  offset: number;
}

/** Lists devices with filters and a total, most recently changed first. */
export async function searchDevices(ex: Executor, f: TDeviceFilter) {
  const where: SQL[] = [];
  if (f.search) {
    where.push(sql`${devices.id} IN (${idsMatchingCode(f.search, assetTagFromScan(f.search))})`);
  }
  if (f.states?.length) where.push(inArray(devices.state, f.states));
  if (f.kind) where.push(eq(devices.kind, f.kind));
  if (f.locationId) where.push(eq(devices.locationId, f.locationId));
  if (f.organisationId) where.push(eq(locations.organisationId, f.organisationId));
  if (f.originType) where.push(eq(devices.originType, f.originType));
  if (f.originId) where.push(eq(devices.originId, f.originId));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select({ ...withOwner, locationName: locations.name })
      .from(devices)
      .leftJoin(locations, eq(locations.id, devices.locationId))
      .where(condition)
      .orderBy(desc(devices.updatedAt), asc(devices.assetTag))
      .limit(f.limit)
      .offset(f.offset),
    ex
      .select({ n: count() })
      .from(devices)
      .leftJoin(locations, eq(locations.id, devices.locationId))
      .where(condition),
  ]);
  return {
    total: total?.n ?? 0,
    rows: rows.map((r) => ({
      ...r.device,
      ownerOrganisationId: r.ownerOrganisationId,
      locationName: r.locationName,
    })),
  };
}

/** Devices of a donation lot (or any origin), oldest first. */
export async function listDevicesByOrigin(
  ex: Executor,
  originType: TOriginType,
  originId: string,
): Promise<TDeviceWithOwner[]> {
  const rows = await ex
    .select(withOwner)
    .from(devices)
    .leftJoin(locations, eq(locations.id, devices.locationId))
    .where(and(eq(devices.originType, originType), eq(devices.originId, originId)))
    .orderBy(asc(devices.assetTag));
  return flatten(rows);
}

/** Inserts drives. */
export async function insertDrives(ex: Executor, rows: (typeof deviceDrives.$inferInsert)[]) {
  if (!rows.length) return [];
  return ex.insert(deviceDrives).values(rows).returning();
}

/** Updates a drive. */
export async function updateDrive(
  ex: Executor,
  id: string,
  patch: Partial<typeof deviceDrives.$inferInsert>,
) {
  const [row] = await ex.update(deviceDrives).set(patch).where(eq(deviceDrives.id, id)).returning();
  return row;
}

/** Drives of devices, in the order they were recorded. */
export async function listDrives(ex: Executor, deviceIds: string[]): Promise<TDriveRow[]> {
  if (!deviceIds.length) return [];
  return ex
    .select()
    .from(deviceDrives)
    .where(inArray(deviceDrives.deviceId, deviceIds))
    .orderBy(asc(deviceDrives.deviceId), asc(deviceDrives.position), asc(deviceDrives.createdAt));
}
