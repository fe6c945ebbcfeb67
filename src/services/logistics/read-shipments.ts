import { findLocation } from '../../db/repositories/locations-repo';
import {
  accessoriesOfShipment,
  discrepanciesOf,
  findCarrier,
  listShipments as listShipmentRows,
  parcelsOfShipment,
  trackingOfShipment,
  unitsOfShipment,
} from '../../db/repositories/logistics-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import type { TShipmentStatus } from '../../shared/logistics';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';
import { loadShipmentFor, shipmentReference } from './access';

/** Shipments the actor may see (a referent: their structure's; a packer: their warehouses'), newest first. */
export async function listShipments(
  ctx: ServiceContext,
  q: {
    waveId?: string | undefined;
    status?: TShipmentStatus | undefined;
    warehouseLocationId?: string | undefined;
    structureId?: string | undefined;
    limit?: number | undefined;
    offset?: number | undefined;
  },
) {
  const own = ownOrganisationFilter(ctx, 'shipment.read');
  // Workshop operators see what leaves their warehouses; referents what goes to their structure.
  const packer = own && ctx.actor?.role === 'workshop_operator';
  const { items, total } = await listShipmentRows(
    ctx.db,
    packer ? { ...q, warehouseOrganisationId: own } : { ...q, structureId: own ?? q.structureId },
    q.limit ?? 50,
    q.offset ?? 0,
  );
  return {
    total,
    items: items.map((r) => ({
      id: r.shipment.id,
      reference: shipmentReference(r.shipment.number),
      status: r.shipment.status,
      waveId: r.shipment.waveId,
      structure: { id: r.shipment.structureId, name: r.structureName },
      warehouse: { id: r.shipment.warehouseLocationId, name: r.warehouseName },
      delivery: r.shipment.delivery,
      plannedOn: r.shipment.plannedOn,
      units: r.units,
      packed: r.packed,
      trackingNumbers: r.shipment.trackingNumbers,
      shippedAt: r.shipment.shippedAt,
      deliveredAt: r.shipment.deliveredAt,
      receivedAt: r.shipment.receivedAt,
    })),
  };
}

/** A shipment with its units, parcels, accessories, tracking and discrepancies. */
export async function getShipment(ctx: ServiceContext, id: string) {
  const s = await loadShipmentFor(ctx, ctx.db, id, 'shipment.read');
  const [units, parcels, accessories, tracking, discrepancies, structure, warehouse, carrier] =
    await Promise.all([
      unitsOfShipment(ctx.db, id),
      parcelsOfShipment(ctx.db, id),
      accessoriesOfShipment(ctx.db, id),
      trackingOfShipment(ctx.db, id),
      discrepanciesOf(ctx.db, { shipmentId: id }),
      findOrganisation(ctx.db, s.structureId),
      findLocation(ctx.db, s.warehouseLocationId),
      s.carrierId ? findCarrier(ctx.db, s.carrierId) : undefined,
    ]);
  return {
    id: s.id,
    reference: shipmentReference(s.number),
    status: s.status,
    waveId: s.waveId,
    structure: { id: s.structureId, name: structure?.name ?? '' },
    warehouse: {
      id: s.warehouseLocationId,
      name: warehouse?.name ?? '',
      code: warehouse?.code ?? null,
    },
    delivery: s.delivery,
    plannedOn: s.plannedOn,
    postponeReason: s.postponeReason,
    mergedIntoId: s.mergedIntoId,
    carrier: carrier ? { id: carrier.id, code: carrier.code, name: carrier.name } : null,
    service: s.service,
    trackingNumbers: s.trackingNumbers,
    costCents: s.costCents,
    costGrantId: s.costGrantId,
    packedAt: s.packedAt,
    shippedAt: s.shippedAt,
    deliveredAt: s.deliveredAt,
    receivedAt: s.receivedAt,
    cancelledAt: s.cancelledAt,
    units: units.map(({ unit, device }) => ({
      id: unit.id,
      requestLineId: unit.requestLineId,
      device: {
        id: device.id,
        assetTag: device.assetTag,
        kind: device.kind,
        brand: device.brand,
        model: device.model,
        tier: device.specTierNumber,
        grade: device.grade,
        shelfCode: device.shelfCode,
        state: device.state,
      },
      substitutedDeviceId: unit.substitutedDeviceId,
      parcelId: unit.parcelId,
      packedAt: unit.packedAt,
      receptionResult: unit.receptionResult,
      receptionComment: unit.receptionComment,
      receivedAt: unit.receivedAt,
    })),
    parcels: parcels.map((p) => ({
      id: p.id,
      parentId: p.parentId,
      kind: p.kind,
      label: p.label,
      weightGrams: p.weightGrams,
    })),
    accessories: accessories.map((a) => ({
      itemId: a.item_id,
      code: a.code,
      name: a.name,
      quantity: Number(a.quantity),
    })),
    tracking: tracking.map((t) => ({
      source: t.source,
      status: t.status,
      trackingNumber: t.trackingNumber,
      at: t.at,
    })),
    discrepancies: discrepancies.map(({ discrepancy: d, assetTag }) => ({
      id: d.id,
      kind: d.kind,
      unitId: d.unitId,
      assetTag: assetTag ?? d.code,
      comment: d.comment,
      hasPhoto: !!d.photoId,
      reportedAt: d.reportedAt,
      resolution: d.resolution,
      resolutionComment: d.resolutionComment,
      resolvedAt: d.resolvedAt,
      resendShipmentId: d.resendShipmentId,
    })),
  };
}
