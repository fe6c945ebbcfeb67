import { randomInt } from 'node:crypto';
import type { Executor } from '../connect';
import { deviceDrives, devices, erasures } from '../schema';
import { generateAssetTag } from '../../domain/device/asset-tag';
import { appendDeviceEvents } from '../../services/stock/ledger';
import type { TDeviceKind } from '../../shared/inventory';
import { buildLocation } from './inventory-factories';

/** A batch of identical ready devices: where, what, how many. */
interface TReadyBatch {
  locationId: string;
  kind: TDeviceKind;
  tier: number;
  count: number;
  brand: string;
  model: string;
  ramMb?: number;
  storageGb?: number;
  earmarkNetworkId?: string | null;
}

/**
 * Ready stock for the demo's allocation waves: refurbished, wiped and graded devices in the
 * Paris-Nord warehouse (existing location) and a Lyon one, of several kinds and tiers, some
 * earmarked by a funder for a network. Written in bulk but through the ledger (one `receive`
 * event each) with a drive and its successful erasure, as the workshop would leave them.
 */
export async function seedAllocationDemo(
  ex: Executor,
  ids: { parisWarehouseId: string; lyonOrgId: string; earmarkNetworkId: string; now: Date },
) {
  const lyon = await buildLocation(ex, {
    organisationId: ids.lyonOrgId,
    name: 'Quai Vénissieux',
    kind: 'warehouse',
    code: 'LY1',
    departementCode: '69',
    lat: 45.7,
    lon: 4.88,
    shelfCodes: ['L1', 'L2', 'L3'],
  });
  const paris = ids.parisWarehouseId;
  const batches: TReadyBatch[] = [
    {
      locationId: paris,
      kind: 'laptop',
      tier: 1,
      count: 70,
      brand: 'Dell',
      model: 'Latitude E7470',
      ramMb: 8192,
      storageGb: 256,
    },
    {
      locationId: paris,
      kind: 'laptop',
      tier: 2,
      count: 30,
      brand: 'Lenovo',
      model: 'ThinkPad T480',
      ramMb: 8192,
      storageGb: 256,
    },
    {
      locationId: paris,
      kind: 'tablet',
      tier: 1,
      count: 12,
      brand: 'Samsung',
      model: 'Galaxy Tab A8',
      storageGb: 64,
    },
    { locationId: paris, kind: 'router_4g', tier: 0, count: 4, brand: 'Huawei', model: 'E5576' },
    {
      locationId: lyon.id,
      kind: 'laptop',
      tier: 1,
      count: 40,
      brand: 'HP',
      model: 'EliteBook 840 G3',
      ramMb: 8192,
      storageGb: 240,
    },
    {
      locationId: lyon.id,
      kind: 'laptop',
      tier: 2,
      count: 10,
      brand: 'Lenovo',
      model: 'ThinkPad T490',
      ramMb: 16384,
      storageGb: 512,
      earmarkNetworkId: ids.earmarkNetworkId,
    },
    {
      locationId: lyon.id,
      kind: 'tablet',
      tier: 1,
      count: 6,
      brand: 'Lenovo',
      model: 'Tab M10',
      storageGb: 64,
    },
  ];
  const at = new Date(ids.now.getTime() - 2 * 86_400_000);
  const used = new Set<string>();
  const tag = () => {
    let t = generateAssetTag((n) => randomInt(n));
    while (used.has(t)) t = generateAssetTag((n) => randomInt(n));
    used.add(t);
    return t;
  };
  let serial = 0;
  for (const b of batches) {
    const rows = await ex
      .insert(devices)
      .values(
        Array.from({ length: b.count }, () => ({
          assetTag: tag(),
          serial: `DEMO-${b.model.replace(/\W+/g, '').toUpperCase()}-${String(++serial).padStart(4, '0')}`,
          kind: b.kind,
          brand: b.brand,
          model: b.model,
          ramMb: b.ramMb ?? null,
          storageType: b.storageGb ? ('ssd' as const) : null,
          storageGb: b.storageGb ?? null,
          originType: 'other' as const,
          earmarkNetworkId: b.earmarkNetworkId ?? null,
          locationId: b.locationId,
          shelfCode: null,
          state: 'ready' as const,
          appearanceGrade: 'B' as const,
          functionGrade: 'A' as const,
          grade: 'B' as const,
          specTierNumber: b.tier || null,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .returning();
    if (b.storageGb) {
      const drives = await ex
        .insert(deviceDrives)
        .values(
          rows.map((d) => ({
            deviceId: d.id,
            position: 0,
            serial: `${d.serial}-D1`,
            type: b.kind === 'tablet' ? ('emmc' as const) : ('ssd' as const),
            sizeGb: b.storageGb!,
          })),
        )
        .returning();
      await ex.insert(erasures).values(
        drives.map((dr) => ({
          deviceId: dr.deviceId,
          driveId: dr.id,
          method: b.kind === 'tablet' ? ('crypto_erase' as const) : ('overwrite' as const),
          standard: 'nist_800_88_clear' as const,
          tool: b.kind === 'tablet' ? 'Réinitialisation usine' : 'nwipe',
          passes: b.kind === 'tablet' ? null : 1,
          startedAt: at,
          endedAt: at,
          result: 'success' as const,
          recordedAt: at,
        })),
      );
    }
    await appendDeviceEvents(ex, { actor: null, now: () => at }, [
      ...rows.map((d) => ({
        type: 'receive' as const,
        previous: null,
        device: d,
        reason: 'demo: ready stock',
      })),
    ]);
  }
  return { lyon };
}
