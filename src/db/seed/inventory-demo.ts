import { randomInt } from 'node:crypto';
import type { Executor } from '../connect';
import { deviceDrives, devices } from '../schema';
import { generateAssetTag } from '../../domain/device/asset-tag';
import { appendDeviceEvents } from '../../services/stock/ledger';
import {
  buildDevice,
  buildItem,
  buildItemStock,
  buildLocation,
  buildSpecTier,
} from './inventory-factories';

/**
 * Demo inventory (to call from the demo seed): the bank's warehouse and a workshop bay, a few
 * bulk items, the bank's spec tiers, and devices of a donated lot at several stages, all
 * written through the ledger so stock and history are consistent.
 */
export async function seedInventoryDemo(
  ex: Executor,
  ids: { bankId: string; workshopId: string; donorId: string; lotId?: string },
) {
  const warehouse = await buildLocation(ex, {
    organisationId: ids.bankId,
    name: 'Entrepôt central',
    kind: 'warehouse',
    code: 'WH1',
    shelfCodes: ['A1', 'A2', 'B1', 'B2'],
  });
  const bay = await buildLocation(ex, {
    organisationId: ids.workshopId,
    name: 'Atelier — poste 1',
    kind: 'workshop_bay',
    code: 'AT1',
  });
  const chargers = await buildItem(ex, {
    code: 'CHG-USBC-65',
    name: 'Chargeur USB-C 65 W',
    category: 'accessory',
  });
  const sims = await buildItem(ex, {
    code: 'SIM-4G',
    name: 'Carte SIM 4G prépayée',
    category: 'sim',
  });
  const ram = await buildItem(ex, {
    code: 'RAM-DDR4-8',
    name: 'Barrette DDR4 8 Go',
    category: 'spare_part',
  });
  await buildItemStock(ex, { itemId: chargers.id, locationId: warehouse.id, quantity: 120 });
  await buildItemStock(ex, { itemId: sims.id, locationId: warehouse.id, quantity: 500 });
  await buildItemStock(ex, { itemId: ram.id, locationId: bay.id, quantity: 12 });
  await buildSpecTier(ex, {
    number: 1,
    name: 'Portable essentiel',
    kind: 'laptop',
    minRamMb: 4096,
    minStorageGb: 120,
  });
  await buildSpecTier(ex, {
    number: 2,
    name: 'Portable études',
    kind: 'laptop',
    minRamMb: 8192,
    minStorageGb: 240,
    storageType: 'ssd',
    minBatteryPct: 70,
  });
  await buildSpecTier(ex, {
    number: 1,
    name: 'Tablette',
    kind: 'tablet',
    minStorageGb: 32,
    minBatteryPct: 70,
  });
  await buildSpecTier(ex, {
    number: 1,
    name: 'Smartphone',
    kind: 'smartphone',
    minStorageGb: 32,
    minBatteryPct: 75,
  });
  const lot = {
    originType: 'donation_lot' as const,
    originId: ids.lotId ?? '00000000-0000-4000-8000-00000000d0e1',
    donorOrganisationId: ids.donorId,
  };
  for (let i = 1; i <= 6; i++) {
    await buildDevice(ex, {
      ...lot,
      locationId: bay.id,
      serial: `DEMO-T480-${i}`,
      brand: 'Lenovo',
      model: 'ThinkPad T480',
      ramMb: 8192,
      storageGb: 256,
      storageType: 'ssd',
      drives: [{ serial: `DEMO-SSD-${i}`, type: 'ssd', sizeGb: 256 }],
    });
  }
  await buildDevice(ex, {
    ...lot,
    locationId: bay.id,
    kind: 'smartphone',
    serial: 'DEMO-PHONE-1',
    brand: 'Samsung',
    model: 'Galaxy A52',
    drives: [{ type: 'flash', sizeGb: 128 }],
  });
  const receptionDock = await seedExpectedDevices(ex, ids.workshopId, lot);
  return { warehouse, bay, receptionDock };
}

/**
 * The workshop's own reception dock, and four laptops of the donated lot announced there but
 * not yet arrived (state `expected`, one `expect` ledger event each), each with two drives:
 * the reception screen receives them by scanning their serials.
 */
async function seedExpectedDevices(
  ex: Executor,
  workshopId: string,
  lot: { originType: 'donation_lot'; originId: string; donorOrganisationId: string },
) {
  const dock = await buildLocation(ex, {
    organisationId: workshopId,
    name: 'Atelier — quai de réception',
    kind: 'warehouse',
    code: 'AT-REC',
  });
  for (let i = 1; i <= 4; i++) {
    const [device] = await ex
      .insert(devices)
      .values({
        ...lot,
        assetTag: generateAssetTag((n) => randomInt(n)),
        kind: 'laptop',
        state: 'expected',
        locationId: dock.id,
        serial: `DEMO-E7490-${i}`,
        donorAssetTag: `NUM-PARC-${100 + i}`,
        brand: 'Dell',
        model: 'Latitude 7490',
        ramMb: 16384,
        storageGb: 512,
        storageType: 'nvme',
      })
      .returning();
    await ex.insert(deviceDrives).values([
      { deviceId: device!.id, position: 0, serial: `DEMO-NVME-${i}`, type: 'nvme', sizeGb: 512 },
      { deviceId: device!.id, position: 1, serial: `DEMO-HDD-${i}`, type: 'hdd', sizeGb: 1000 },
    ]);
    await appendDeviceEvents(ex, { actor: null, now: () => new Date() }, [
      { type: 'expect', previous: null, device: device!, reason: 'announced with the lot' },
    ]);
  }
  return dock;
}
