import { findLocation } from '../../db/repositories/locations-repo';
import { pickListRows } from '../../db/repositories/logistics-repo';
import type { ServiceContext } from '../context';
import { loadLocationFor } from '../inventory/access';
import { getSettings } from '../settings/get-settings';
import { shipmentReference } from './access';
import { renderDeliveryNotePdf, renderPickListPdf, type TPickLine } from './logistics-pdf';
import { getShipment } from './read-shipments';

/** The units to pick at a warehouse (planned shipments, not yet packed), by shelf. */
export async function getPickList(ctx: ServiceContext, locationId: string, shipmentIds?: string[]) {
  const location = await loadLocationFor(ctx, ctx.db, locationId, 'shipment.pack');
  const rows = await pickListRows(ctx.db, location.id, shipmentIds);
  const lines: (TPickLine & { shipmentId: string; unitId: string })[] = rows.map((r) => ({
    unitId: r.unitId,
    shipmentId: r.shipmentId,
    shelfCode: r.shelfCode,
    assetTag: r.assetTag,
    kind: r.kind,
    brandModel: [r.brand, r.model].filter(Boolean).join(' '),
    tier: r.tier,
    shipment: shipmentReference(r.shipmentNumber),
    structureName: r.structureName,
  }));
  return { warehouse: { id: location.id, name: location.name, code: location.code }, lines };
}

export async function getPickListPdf(
  ctx: ServiceContext,
  locationId: string,
  shipmentIds?: string[],
) {
  const list = await getPickList(ctx, locationId, shipmentIds);
  const pdf = await renderPickListPdf(
    { warehouse: list.warehouse.name, at: ctx.now() },
    list.lines,
  );
  return { pdf, filename: `preparation-${list.warehouse.code ?? 'entrepot'}.pdf` };
}

/** The delivery note of a shipment (its structure's referents may download it too). */
export async function getDeliveryNotePdf(ctx: ServiceContext, shipmentId: string) {
  const s = await getShipment(ctx, shipmentId);
  const [settings, warehouse] = await Promise.all([
    getSettings(ctx.db),
    findLocation(ctx.db, s.warehouse.id),
  ]);
  const d = s.delivery;
  const pdf = await renderDeliveryNotePdf({
    reference: s.reference,
    bankName: settings.bankName,
    warehouse: warehouse?.name ?? '',
    structureName: s.structure.name,
    address: [d.label, d.line1, d.line2, `${d.postalCode} ${d.communeName}`].filter(
      (l): l is string => !!l,
    ),
    carrier: s.carrier ? [s.carrier.name, s.service].filter(Boolean).join(' — ') : null,
    tracking: s.trackingNumbers,
    shippedAt: s.shippedAt,
    at: s.shippedAt ?? ctx.now(),
    units: s.units.map((u) => ({
      assetTag: u.device.assetTag,
      kind: u.device.kind,
      brandModel: [u.device.brand, u.device.model].filter(Boolean).join(' '),
    })),
    accessories: s.accessories.map((a) => ({ name: a.name, quantity: a.quantity })),
    parcels: s.parcels,
  });
  return { pdf, filename: `bon-de-livraison-${s.reference}.pdf` };
}
