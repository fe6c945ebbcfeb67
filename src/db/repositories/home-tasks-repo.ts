import { sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';

/**
 * Counts for the home pages' "waiting for you" cards: one aggregate query per role, each
 * scoped to the organisation of the membership (a structure, a workshop, a donor, a funder),
 * or to the whole bank for coordinators and admins.
 */

async function one<T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(ex, query);
  return row!;
}

/** What waits for a referent of structure `structureId` (`today`/`soon` as YYYY-MM-DD). */
export async function referentTaskCounts(
  ex: Executor,
  structureId: string,
  dates: { today: string; soon: string },
) {
  return one<{
    needs_information: number;
    drafts: number;
    reserved: number;
    to_confirm: number;
    to_hand_over: number;
    loans_overdue: number;
    loans_due_soon: number;
    follow_ups: number;
  }>(
    ex,
    sql`SELECT
      (SELECT count(*)::int FROM requests r
        WHERE r.structure_id = ${structureId} AND r.status = 'needs_information') AS needs_information,
      (SELECT count(*)::int FROM requests r
        WHERE r.structure_id = ${structureId} AND r.status = 'draft') AS drafts,
      (SELECT count(*)::int FROM device_allocations a
        JOIN devices d ON d.id = a.device_id
        JOIN request_lines l ON l.id = a.request_line_id
        JOIN requests r ON r.id = l.request_id
        WHERE a.released_at IS NULL AND d.state = 'reserved'
          AND r.structure_id = ${structureId}) AS reserved,
      (SELECT count(*)::int FROM shipments s
        WHERE s.structure_id = ${structureId} AND s.status IN ('shipped', 'delivered')) AS to_confirm,
      (SELECT count(DISTINCT d.id)::int FROM shipment_units u
        JOIN shipments s ON s.id = u.shipment_id
        JOIN devices d ON d.id = u.device_id
        WHERE s.structure_id = ${structureId} AND s.status = 'received'
          AND d.state = 'delivered') AS to_hand_over,
      (SELECT count(*)::int FROM handovers h
        WHERE h.structure_id = ${structureId} AND h.form = 'loan' AND h.returned_at IS NULL
          AND h.return_due_on < ${dates.today}) AS loans_overdue,
      (SELECT count(*)::int FROM handovers h
        WHERE h.structure_id = ${structureId} AND h.form = 'loan' AND h.returned_at IS NULL
          AND h.return_due_on >= ${dates.today} AND h.return_due_on <= ${dates.soon}) AS loans_due_soon,
      (SELECT count(*)::int FROM handover_follow_ups f
        WHERE f.structure_id = ${structureId} AND f.answered_at IS NULL
          AND f.due_on <= ${dates.today}) AS follow_ups`,
  );
}

/**
 * What waits for a workshop operator of `organisationId` at its locations and warehouses,
 * besides the workshop queue (counted by the queue's own service).
 */
export async function workshopTaskCounts(ex: Executor, organisationId: string) {
  return one<{
    expected: number;
    lots_to_receive: number;
    to_pack: number;
    counts_open: number;
  }>(
    ex,
    sql`WITH own AS (SELECT id FROM locations WHERE organisation_id = ${organisationId})
    SELECT
      (SELECT count(*)::int FROM devices d WHERE d.location_id IN (SELECT id FROM own)
        AND d.state = 'expected') AS expected,
      (SELECT count(*)::int FROM donation_lots l
        WHERE l.status IN ('pickup_scheduled', 'collected')) AS lots_to_receive,
      (SELECT count(*)::int FROM shipments s WHERE s.status = 'planned'
        AND s.warehouse_location_id IN (SELECT id FROM own)) AS to_pack,
      (SELECT count(*)::int FROM stock_counts c WHERE c.status = 'open'
        AND c.location_id IN (SELECT id FROM own)) AS counts_open`,
  );
}

/** A donor's lots by status (the service keeps those in progress), and its documents. */
export async function donorTaskCounts(ex: Executor, donorId: string) {
  const [statuses, docs] = await Promise.all([
    queryRows<{ status: string; n: number }>(
      ex,
      sql`SELECT status, count(*)::int AS n FROM donation_lots
          WHERE donor_organisation_id = ${donorId}
          GROUP BY status`,
    ),
    one<{ receipts: number; erasure_reports: number }>(
      ex,
      sql`SELECT
        (SELECT count(*)::int FROM tax_receipts t
          WHERE t.donor_organisation_id = ${donorId} AND t.status = 'issued') AS receipts,
        (SELECT count(*)::int FROM donation_lots l
          WHERE l.donor_organisation_id = ${donorId} AND EXISTS (
            SELECT 1 FROM devices d
            JOIN device_drives dd ON dd.device_id = d.id
            JOIN erasures e ON e.drive_id = dd.id AND e.result = 'success'
            WHERE d.origin_type = 'donation_lot' AND d.origin_id = l.id)) AS erasure_reports`,
    ),
  ]);
  return { statuses, ...docs };
}

/** Ids of a funder's grants, newest period first. */
export async function grantIdsOfFunder(ex: Executor, funderId: string) {
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`SELECT id FROM grants WHERE funder_id = ${funderId} ORDER BY ends_on DESC, name LIMIT 50`,
  );
  return rows.map((r) => r.id);
}

/** What waits for the bank's coordinators across the network. */
export async function bankTaskCounts(ex: Executor, today: string) {
  return one<{
    applications: number;
    lots_declared: number;
    purchases_due: number;
    shipments_planned: number;
    shipments_packed: number;
    not_confirmed: number;
    discrepancies: number;
    loans_overdue: number;
  }>(
    ex,
    sql`SELECT
      (SELECT count(*)::int FROM structure_applications WHERE status = 'submitted') AS applications,
      (SELECT count(*)::int FROM donation_lots WHERE status = 'declared') AS lots_declared,
      (SELECT count(*)::int FROM purchase_orders
        WHERE status IN ('confirmed', 'partly_received')) AS purchases_due,
      (SELECT count(*)::int FROM shipments WHERE status = 'planned') AS shipments_planned,
      (SELECT count(*)::int FROM shipments WHERE status = 'packed') AS shipments_packed,
      (SELECT count(*)::int FROM shipments WHERE status = 'delivered') AS not_confirmed,
      (SELECT count(*)::int FROM shipment_discrepancies WHERE resolved_at IS NULL) AS discrepancies,
      (SELECT count(*)::int FROM handovers WHERE form = 'loan' AND returned_at IS NULL
        AND return_due_on < ${today}) AS loans_overdue`,
  );
}
