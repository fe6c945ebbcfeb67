import { randomInt } from 'node:crypto';
import type { Executor } from '../connect';
import { deviceDrives, devices, items, locations, specTiers } from '../schema';
import type { TDeviceKind, TDeviceState, TDriveType } from '../../shared/inventory';
import { generateAssetTag } from '../../domain/device/asset-tag';
import { appendDeviceEvents, appendItemEvent } from '../../services/stock/ledger';
import { buildOrganisation } from './factories';

/**
 * Factories of the workshop and inventory area. Devices and bulk quantities go through the
 * ledger (as the services do), so the stock projection always matches a rebuild.
 */

let seq = 0;
const next = () => ++seq;
const system = { actor: null, now: () => new Date() };

/** A stock location (and its organisation, a workshop, when not given). */
export async function buildLocation(
  ex: Executor,
  overrides: Partial<typeof locations.$inferInsert> = {},
) {
  const organisationId =
    overrides.organisationId ?? (await buildOrganisation(ex, { kind: 'workshop' })).id;
  const [row] = await ex
    .insert(locations)
    .values({ name: `Magasin ${next()}`, kind: 'warehouse', ...overrides, organisationId })
    .returning();
  return row!;
}

/** A catalogue item. */
export async function buildItem(ex: Executor, overrides: Partial<typeof items.$inferInsert> = {}) {
  const n = next();
  const [row] = await ex
    .insert(items)
    .values({ code: `ITEM-${n}`, name: `Article ${n}`, category: 'accessory', ...overrides })
    .returning();
  return row!;
}

/** Puts `quantity` of an item at a location (a `receive` ledger event). */
export async function buildItemStock(
  ex: Executor,
  options: { itemId: string; locationId: string; quantity: number; at?: Date },
) {
  await appendItemEvent(
    ex,
    { ...system, now: () => options.at ?? new Date() },
    {
      type: 'receive',
      itemId: options.itemId,
      quantity: options.quantity,
      toLocationId: options.locationId,
    },
  );
}

/** A spec tier (version 1, active). */
export async function buildSpecTier(
  ex: Executor,
  overrides: Partial<typeof specTiers.$inferInsert> & { kind?: TDeviceKind } = {},
) {
  const [row] = await ex
    .insert(specTiers)
    .values({ number: 1, name: `Palier ${next()}`, kind: 'laptop', ...overrides })
    .returning();
  return row!;
}

/** Options of `buildDevice`. */
export type TBuildDevice = Partial<typeof devices.$inferInsert> & {
  kind?: TDeviceKind;
  state?: TDeviceState;
  /** Drives to record (type and serial). */
  drives?: {
    serial?: string | null;
    type: TDriveType;
    sizeGb?: number | null;
    name?: string | null;
  }[];
  at?: Date;
};

/**
 * A device at a location (created when not given) in the given state (default `received`),
 * recorded in the ledger with one `receive` event so stock counts include it.
 */
export async function buildDevice(ex: Executor, options: TBuildDevice = {}) {
  const { drives = [], at, ...overrides } = options;
  const locationId =
    overrides.locationId === undefined ? (await buildLocation(ex)).id : overrides.locationId;
  const [device] = await ex
    .insert(devices)
    .values({
      assetTag: generateAssetTag((n) => randomInt(n)),
      kind: 'laptop',
      state: 'received',
      brand: 'Lenovo',
      model: 'ThinkPad T480',
      ...overrides,
      locationId,
      ...(at ? { createdAt: at, updatedAt: at } : {}),
    })
    .returning();
  if (drives.length) {
    await ex.insert(deviceDrives).values(
      drives.map((d, position) => ({
        deviceId: device!.id,
        position,
        serial: d.serial ?? null,
        type: d.type,
        sizeGb: d.sizeGb ?? null,
        name: d.name ?? null,
      })),
    );
  }
  await appendDeviceEvents(ex, { ...system, now: () => at ?? new Date() }, [
    { type: 'receive', previous: null, device: device!, reason: 'factory' },
  ]);
  return device!;
}
