import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import {
  allocationWaves,
  carriers,
  deviceAllocations,
  devices,
  handoverFollowUps,
  handovers,
  locations,
  organisations,
  requestLines,
  requests,
  shipmentAccessories,
  shipmentDiscrepancies,
  shipmentParcels,
  shipments,
  shipmentTrackingEvents,
  shipmentUnits,
} from '../schema';
import type { TShipmentStatus } from '../../shared/logistics';
import type { TDeviceRow } from './devices-repo';

export type TShipmentRow = typeof shipments.$inferSelect;
export type TUnitRow = typeof shipmentUnits.$inferSelect;
export type TCarrierRow = typeof carriers.$inferSelect;
export type TDiscrepancyRow = typeof shipmentDiscrepancies.$inferSelect;

export async function insertShipment(ex: Executor, row: typeof shipments.$inferInsert) {
  const [created] = await ex.insert(shipments).values(row).returning();
  return created!;
}

export async function updateShipment(
  ex: Executor,
  id: string,
  patch: Partial<typeof shipments.$inferInsert>,
) {
  const [row] = await ex.update(shipments).set(patch).where(eq(shipments.id, id)).returning();
  return row!;
}

/** One shipment; `lock` takes a row lock for the rest of the transaction. */
export async function findShipment(ex: Executor, id: string, lock = false) {
  const q = ex.select().from(shipments).where(eq(shipments.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findShipmentsByIds(ex: Executor, ids: string[], lock = false) {
  if (!ids.length) return [];
  const q = ex.select().from(shipments).where(inArray(shipments.id, ids));
  return lock ? q.for('update') : q;
}

/** Shipments (newest first) with their structure and warehouse names and unit counts. */
export async function listShipments(
  ex: Executor,
  f: {
    structureId?: string | undefined;
    waveId?: string | undefined;
    status?: TShipmentStatus | undefined;
    warehouseLocationId?: string | undefined;
    /** Only shipments leaving a location of this organisation. */
    warehouseOrganisationId?: string | undefined;
  },
  limit: number,
  offset: number,
) {
  const where = and(
    f.structureId ? eq(shipments.structureId, f.structureId) : undefined,
    f.waveId ? eq(shipments.waveId, f.waveId) : undefined,
    f.status ? eq(shipments.status, f.status) : undefined,
    f.warehouseLocationId ? eq(shipments.warehouseLocationId, f.warehouseLocationId) : undefined,
    f.warehouseOrganisationId
      ? sql`${shipments.warehouseLocationId} IN (SELECT id FROM locations WHERE organisation_id = ${f.warehouseOrganisationId})`
      : undefined,
  );
  const rows = await ex
    .select({
      shipment: shipments,
      structureName: organisations.name,
      warehouseName: locations.name,
      units: sql<number>`(SELECT count(*) FROM shipment_units u WHERE u.shipment_id = ${shipments.id})`,
      packed: sql<number>`(SELECT count(*) FROM shipment_units u WHERE u.shipment_id = ${shipments.id} AND u.packed_at IS NOT NULL)`,
    })
    .from(shipments)
    .innerJoin(organisations, eq(organisations.id, shipments.structureId))
    .innerJoin(locations, eq(locations.id, shipments.warehouseLocationId))
    .where(where)
    .orderBy(desc(shipments.number))
    .limit(limit)
    .offset(offset);
  const [total] = await ex
    .select({ n: sql<number>`count(*)` })
    .from(shipments)
    .where(where);
  return {
    items: rows.map((r) => ({ ...r, units: Number(r.units), packed: Number(r.packed) })),
    total: Number(total?.n ?? 0),
  };
}

/** Live reservations of a confirmed wave not yet in any shipment, with where they go. */
export async function allocationsWithoutShipment(ex: Executor, waveId: string) {
  return ex
    .select({
      allocationId: deviceAllocations.id,
      requestLineId: deviceAllocations.requestLineId,
      deviceId: devices.id,
      deviceLocationId: devices.locationId,
      deviceState: devices.state,
      structureId: requests.structureId,
      deliveryAddressId: requests.deliveryAddressId,
      delivery: requests.delivery,
    })
    .from(deviceAllocations)
    .innerJoin(devices, eq(devices.id, deviceAllocations.deviceId))
    .innerJoin(requestLines, eq(requestLines.id, deviceAllocations.requestLineId))
    .innerJoin(requests, eq(requests.id, requestLines.requestId))
    .where(
      and(
        eq(deviceAllocations.waveId, waveId),
        isNull(deviceAllocations.releasedAt),
        sql`NOT EXISTS (SELECT 1 FROM shipment_units u WHERE u.allocation_id = ${deviceAllocations.id})`,
      ),
    )
    .orderBy(asc(devices.shelfCode), asc(devices.assetTag))
    .for('update', { of: [deviceAllocations, devices] });
}

export async function findWaveStatus(ex: Executor, waveId: string) {
  const [row] = await ex
    .select({
      id: allocationWaves.id,
      status: allocationWaves.status,
      number: allocationWaves.number,
    })
    .from(allocationWaves)
    .where(eq(allocationWaves.id, waveId));
  return row;
}

export async function insertUnits(ex: Executor, rows: (typeof shipmentUnits.$inferInsert)[]) {
  if (!rows.length) return [];
  return ex.insert(shipmentUnits).values(rows).returning();
}

export async function updateUnit(
  ex: Executor,
  id: string,
  patch: Partial<typeof shipmentUnits.$inferInsert>,
) {
  const [row] = await ex
    .update(shipmentUnits)
    .set(patch)
    .where(eq(shipmentUnits.id, id))
    .returning();
  return row!;
}

export async function moveUnits(ex: Executor, unitIds: string[], shipmentId: string) {
  if (!unitIds.length) return;
  await ex.update(shipmentUnits).set({ shipmentId }).where(inArray(shipmentUnits.id, unitIds));
}

/** Units of a shipment with their devices (locked when asked), shelf order. */
export async function unitsOfShipment(ex: Executor, shipmentId: string, lock = false) {
  const q = ex
    .select({ unit: shipmentUnits, device: devices, kind: requestLines.kind })
    .from(shipmentUnits)
    .innerJoin(devices, eq(devices.id, shipmentUnits.deviceId))
    .innerJoin(requestLines, eq(requestLines.id, shipmentUnits.requestLineId))
    .where(eq(shipmentUnits.shipmentId, shipmentId))
    .orderBy(sql`${devices.shelfCode} NULLS LAST`, asc(devices.assetTag));
  return lock ? q.for('update', { of: [shipmentUnits, devices] }) : q;
}

/** The latest unit a device travelled in (cancelled shipments aside), with its shipment. */
export async function lastUnitOfDevice(ex: Executor, deviceId: string) {
  const [row] = await ex
    .select({ unit: shipmentUnits, shipment: shipments })
    .from(shipmentUnits)
    .innerJoin(shipments, eq(shipments.id, shipmentUnits.shipmentId))
    .where(and(eq(shipmentUnits.deviceId, deviceId), ne(shipments.status, 'cancelled')))
    .orderBy(desc(shipments.createdAt), desc(shipments.number))
    .limit(1);
  return row;
}

/** Unpacked units of open shipments at a warehouse, in the order a picker walks the shelves. */
export async function pickListRows(
  ex: Executor,
  warehouseLocationId: string,
  shipmentIds: string[] | undefined,
) {
  const filters: SQL[] = [
    eq(shipments.warehouseLocationId, warehouseLocationId),
    inArray(shipments.status, ['planned', 'packed']),
    isNull(shipmentUnits.packedAt),
  ];
  if (shipmentIds?.length) filters.push(inArray(shipments.id, shipmentIds));
  return ex
    .select({
      unitId: shipmentUnits.id,
      shipmentId: shipments.id,
      shipmentNumber: shipments.number,
      structureName: organisations.name,
      deviceId: devices.id,
      assetTag: devices.assetTag,
      shelfCode: devices.shelfCode,
      kind: devices.kind,
      brand: devices.brand,
      model: devices.model,
      tier: devices.specTierNumber,
      grade: devices.grade,
      earmarkNetworkId: devices.earmarkNetworkId,
    })
    .from(shipmentUnits)
    .innerJoin(shipments, eq(shipments.id, shipmentUnits.shipmentId))
    .innerJoin(devices, eq(devices.id, shipmentUnits.deviceId))
    .innerJoin(organisations, eq(organisations.id, shipments.structureId))
    .where(and(...filters))
    .orderBy(sql`${devices.shelfCode} NULLS LAST`, asc(devices.assetTag));
}

export async function insertParcel(ex: Executor, row: typeof shipmentParcels.$inferInsert) {
  const [created] = await ex.insert(shipmentParcels).values(row).returning();
  return created!;
}

export async function parcelsOfShipment(ex: Executor, shipmentId: string) {
  return ex
    .select()
    .from(shipmentParcels)
    .where(eq(shipmentParcels.shipmentId, shipmentId))
    .orderBy(asc(shipmentParcels.createdAt), asc(shipmentParcels.label));
}

export async function insertAccessory(ex: Executor, row: typeof shipmentAccessories.$inferInsert) {
  const [created] = await ex.insert(shipmentAccessories).values(row).returning();
  return created!;
}

export async function accessoriesOfShipment(ex: Executor, shipmentId: string) {
  return queryRows<{ item_id: string; code: string; name: string; quantity: number }>(
    ex,
    sql`SELECT a.item_id, i.code, i.name, sum(a.quantity)::int AS quantity
        FROM shipment_accessories a JOIN items i ON i.id = a.item_id
        WHERE a.shipment_id = ${shipmentId}
        GROUP BY a.item_id, i.code, i.name ORDER BY i.name`,
  );
}

export async function insertTrackingEvent(
  ex: Executor,
  row: typeof shipmentTrackingEvents.$inferInsert,
) {
  await ex.insert(shipmentTrackingEvents).values(row);
}

export async function trackingOfShipment(ex: Executor, shipmentId: string) {
  return ex
    .select()
    .from(shipmentTrackingEvents)
    .where(eq(shipmentTrackingEvents.shipmentId, shipmentId))
    .orderBy(asc(shipmentTrackingEvents.at), asc(shipmentTrackingEvents.id));
}

/** Shipments carrying a tracking number of a carrier. */
export async function shipmentsByTracking(ex: Executor, carrierId: string, trackingNumber: string) {
  return ex
    .select()
    .from(shipments)
    .where(
      and(
        eq(shipments.carrierId, carrierId),
        sql`${shipments.trackingNumbers} @> ${JSON.stringify([trackingNumber])}::jsonb`,
      ),
    )
    .for('update');
}

export async function findCarrierByCode(ex: Executor, code: string) {
  const [row] = await ex.select().from(carriers).where(eq(carriers.code, code));
  return row;
}

export async function findCarrier(ex: Executor, id: string) {
  const [row] = await ex.select().from(carriers).where(eq(carriers.id, id));
  return row;
}

export async function listCarriers(ex: Executor) {
  return ex.select().from(carriers).orderBy(asc(carriers.name));
}

export async function insertCarrier(ex: Executor, row: typeof carriers.$inferInsert) {
  const [created] = await ex.insert(carriers).values(row).returning();
  return created!;
}

export async function insertDiscrepancy(
  ex: Executor,
  row: typeof shipmentDiscrepancies.$inferInsert,
) {
  const [created] = await ex.insert(shipmentDiscrepancies).values(row).returning();
  return created!;
}

export async function findDiscrepancy(ex: Executor, id: string, lock = false) {
  const q = ex.select().from(shipmentDiscrepancies).where(eq(shipmentDiscrepancies.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function updateDiscrepancy(
  ex: Executor,
  id: string,
  patch: Partial<typeof shipmentDiscrepancies.$inferInsert>,
) {
  const [row] = await ex
    .update(shipmentDiscrepancies)
    .set(patch)
    .where(eq(shipmentDiscrepancies.id, id))
    .returning();
  return row!;
}

export async function discrepanciesOf(
  ex: Executor,
  f: { shipmentId?: string | undefined; open?: boolean | undefined },
) {
  return ex
    .select({
      discrepancy: shipmentDiscrepancies,
      assetTag: devices.assetTag,
      shipmentNumber: shipments.number,
      structureId: shipments.structureId,
      structureName: organisations.name,
    })
    .from(shipmentDiscrepancies)
    .innerJoin(shipments, eq(shipments.id, shipmentDiscrepancies.shipmentId))
    .innerJoin(organisations, eq(organisations.id, shipments.structureId))
    .leftJoin(devices, eq(devices.id, shipmentDiscrepancies.deviceId))
    .where(
      and(
        f.shipmentId ? eq(shipmentDiscrepancies.shipmentId, f.shipmentId) : undefined,
        f.open ? isNull(shipmentDiscrepancies.resolvedAt) : undefined,
      ),
    )
    .orderBy(asc(shipmentDiscrepancies.reportedAt));
}

/** Adds `delta` to a line's delivered units, never below 0. */
export async function bumpFulfilledQuantity(ex: Executor, lineId: string, delta: number) {
  await ex
    .update(requestLines)
    .set({ fulfilledQuantity: sql`GREATEST(${requestLines.fulfilledQuantity} + ${delta}, 0)` })
    .where(eq(requestLines.id, lineId));
}

/** Adds `delta` to a line's handed-over units, never below 0. */
export async function bumpHandedOverQuantity(ex: Executor, lineId: string, delta: number) {
  await ex
    .update(requestLines)
    .set({ handedOverQuantity: sql`GREATEST(${requestLines.handedOverQuantity} + ${delta}, 0)` })
    .where(eq(requestLines.id, lineId));
}

/** Releases one live reservation. */
export async function releaseAllocation(ex: Executor, id: string, at: Date, reason: string) {
  await ex
    .update(deviceAllocations)
    .set({ releasedAt: at, releaseReason: reason })
    .where(and(eq(deviceAllocations.id, id), isNull(deviceAllocations.releasedAt)));
}

export async function insertAllocation(ex: Executor, row: typeof deviceAllocations.$inferInsert) {
  const [created] = await ex.insert(deviceAllocations).values(row).returning();
  return created!;
}

export async function findAllocation(ex: Executor, id: string) {
  const [row] = await ex.select().from(deviceAllocations).where(eq(deviceAllocations.id, id));
  return row;
}

/** A device by asset tag, locked. */
export async function findDeviceByAssetTag(
  ex: Executor,
  assetTag: string,
): Promise<TDeviceRow | undefined> {
  const [row] = await ex.select().from(devices).where(eq(devices.assetTag, assetTag)).for('update');
  return row;
}

/** One shipment unit. */
export async function findShipmentUnit(ex: Executor, id: string) {
  const [row] = await ex.select().from(shipmentUnits).where(eq(shipmentUnits.id, id));
  return row;
}

/** Adds `delta` to a line's allocated units, kept within 0..approved; false when refused. */
export async function bumpLineAllocated(ex: Executor, lineId: string, delta: number) {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`UPDATE request_lines SET allocated_quantity = allocated_quantity + ${delta}
        WHERE id = ${lineId} AND allocated_quantity + ${delta} >= 0
          AND allocated_quantity + ${delta} <= COALESCE(approved_quantity, 0)
        RETURNING id`,
  );
  return rows.length === 1;
}

/** Delivered shipments not confirmed since `deliveredBefore`, not reminded since `remindedBefore`. */
export async function shipmentsAwaitingReception(
  ex: Executor,
  deliveredBefore: Date,
  remindedBefore: Date,
) {
  return queryRows<{
    id: string;
    number: number | string;
    structure_id: string;
    structure_name: string;
    delivered_at: Date | string;
  }>(
    ex,
    sql`SELECT s.id, s.number, s.structure_id, o.name AS structure_name, s.delivered_at
        FROM shipments s JOIN organisations o ON o.id = s.structure_id
        WHERE s.status = 'delivered' AND s.delivered_at <= ${deliveredBefore.toISOString()}
          AND (s.reminded_at IS NULL OR s.reminded_at <= ${remindedBefore.toISOString()})
        ORDER BY s.delivered_at`,
  );
}

/** Claims a shipment's reminder (false when another run already sent it). */
export async function claimShipmentReminder(
  ex: Executor,
  id: string,
  at: Date,
  remindedBefore: Date,
) {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`UPDATE shipments SET reminded_at = ${at.toISOString()}
        WHERE id = ${id} AND status = 'delivered'
          AND (reminded_at IS NULL OR reminded_at <= ${remindedBefore.toISOString()})
        RETURNING id`,
  );
  return rows.length === 1;
}

/** Live loans due by `dueBy` (ISO day) not reminded yet, locked, per structure. */
export async function loansDueUnreminded(ex: Executor, dueBy: string) {
  return queryRows<{
    id: string;
    structure_id: string;
    structure_name: string;
    asset_tag: string;
    reference: string;
    return_due_on: string;
  }>(
    ex,
    sql`SELECT h.id, h.structure_id, o.name AS structure_name, d.asset_tag, b.reference,
          to_char(h.return_due_on, 'YYYY-MM-DD') AS return_due_on
        FROM handovers h
        JOIN organisations o ON o.id = h.structure_id
        JOIN devices d ON d.id = h.device_id
        JOIN beneficiaries b ON b.id = h.beneficiary_id
        WHERE h.form = 'loan' AND h.returned_at IS NULL AND h.loan_reminded_at IS NULL
          AND h.return_due_on <= ${dueBy}
        ORDER BY h.structure_id, h.return_due_on
        FOR UPDATE OF h SKIP LOCKED`,
  );
}

export async function markLoansReminded(ex: Executor, ids: string[], at: Date) {
  if (!ids.length) return;
  await ex.update(handovers).set({ loanRemindedAt: at }).where(inArray(handovers.id, ids));
}

/** Follow-up questions due by `today` and not asked yet, locked. */
export async function followUpsToAsk(ex: Executor, today: string) {
  return queryRows<{ id: string; structure_id: string; structure_name: string }>(
    ex,
    sql`SELECT f.id, f.structure_id, o.name AS structure_name
        FROM handover_follow_ups f JOIN organisations o ON o.id = f.structure_id
        WHERE f.due_on <= ${today} AND f.asked_at IS NULL AND f.answered_at IS NULL
        ORDER BY f.structure_id
        FOR UPDATE OF f SKIP LOCKED`,
  );
}

export async function markFollowUpsAsked(ex: Executor, ids: string[], at: Date) {
  if (!ids.length) return;
  await ex.update(handoverFollowUps).set({ askedAt: at }).where(inArray(handoverFollowUps.id, ids));
}

/** Takes units out of their parcels (they moved to another shipment). */
export async function clearUnitParcels(ex: Executor, unitIds: string[]) {
  if (!unitIds.length) return;
  await ex.update(shipmentUnits).set({ parcelId: null }).where(inArray(shipmentUnits.id, unitIds));
}

/** Moves every parcel of a shipment to another. */
export async function moveParcels(ex: Executor, fromShipmentId: string, toShipmentId: string) {
  await ex
    .update(shipmentParcels)
    .set({ shipmentId: toShipmentId })
    .where(eq(shipmentParcels.shipmentId, fromShipmentId));
}

/** A parcel of a shipment. */
export async function findParcelOfShipment(ex: Executor, parcelId: string, shipmentId: string) {
  const [row] = await ex
    .select()
    .from(shipmentParcels)
    .where(and(eq(shipmentParcels.id, parcelId), eq(shipmentParcels.shipmentId, shipmentId)));
  return row;
}

export async function setCarrierSecret(ex: Executor, id: string, secret: string) {
  const [row] = await ex
    .update(carriers)
    .set({ webhookSecret: secret })
    .where(eq(carriers.id, id))
    .returning();
  return row;
}

/** Request lines by id. */
export async function findLines(ex: Executor, ids: string[]) {
  if (!ids.length) return [];
  return ex.select().from(requestLines).where(inArray(requestLines.id, ids));
}

/** Every line of a request. */
export async function linesOfRequest(ex: Executor, requestId: string) {
  return ex.select().from(requestLines).where(eq(requestLines.requestId, requestId));
}
