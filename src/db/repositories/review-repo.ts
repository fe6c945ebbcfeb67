import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import type { TReviewQuery } from '../../shared/schemas/requests';
import type { TStructureType } from '../../shared/enums';
import type { TNeedKind, TRequestStatus, TUrgency, TUrgencyReason } from '../../shared/needs-enums';

/** A request as the review desk lists it. */
export interface TDeskRow {
  id: string;
  number: number;
  status: TRequestStatus;
  urgency: TUrgency;
  urgencyReason: TUrgencyReason | null;
  submittedAt: Date | null;
  campaignId: string;
  campaignName: string;
  structureId: string;
  structureName: string;
  structureType: TStructureType | null;
  networkId: string | null;
  networkName: string | null;
  departementCode: string;
  asked: number;
  approved: number | null;
}

const ORDER: Record<TReviewQuery['sort'], SQL> = {
  // Longest waiting first when descending.
  waiting: sql`r.submitted_at IS NULL, r.submitted_at`,
  urgency: sql`CASE r.urgency WHEN 'critical' THEN 3 WHEN 'high' THEN 2 ELSE 1 END`,
  submitted_at: sql`r.submitted_at`,
  departement: sql`r.delivery_departement_code`,
  structure: sql`s.name`,
};

/**
 * The coordinators' desk: requests (drafts excluded) filtered by campaign, network, structure,
 * département, urgency, status and days waiting; sorted and paginated, with a total.
 */
export async function searchDesk(ex: Executor, q: TReviewQuery, now: Date) {
  const where: SQL[] = [sql`r.status <> 'draft'`];
  if (q.campaignId) where.push(sql`r.campaign_id = ${q.campaignId}`);
  if (q.networkId) where.push(sql`r.network_id = ${q.networkId}`);
  if (q.structureId) where.push(sql`r.structure_id = ${q.structureId}`);
  if (q.departementCode) where.push(sql`r.delivery_departement_code = ${q.departementCode}`);
  if (q.urgency) where.push(sql`r.urgency = ${q.urgency}`);
  if (q.status) where.push(sql`r.status = ${q.status}`);
  if (q.minWaitingDays != null) {
    const before = new Date(now.getTime() - q.minWaitingDays * 86_400_000);
    where.push(sql`r.submitted_at <= ${before.toISOString()}`);
  }
  // "Longest waiting" is the oldest submission: flip the direction for that sort.
  const ascending = q.sort === 'waiting' ? q.order === 'desc' : q.order === 'asc';
  const direction = sql.raw(ascending ? 'ASC' : 'DESC');
  const rows = await queryRows<{
    id: string;
    number: string | number;
    status: TRequestStatus;
    urgency: TUrgency;
    urgency_reason: TUrgencyReason | null;
    submitted_at: string | Date | null;
    campaign_id: string;
    campaign_name: string;
    structure_id: string;
    structure_name: string;
    structure_type: TStructureType | null;
    network_id: string | null;
    network_name: string | null;
    departement_code: string;
    asked: string | number;
    approved: string | number | null;
    total: string | number;
  }>(
    ex,
    sql`SELECT r.id, r.number, r.status, r.urgency, r.urgency_reason, r.submitted_at,
          r.campaign_id, c.name AS campaign_name, r.structure_id, s.name AS structure_name,
          s.structure_type, r.network_id, n.name AS network_name,
          r.delivery_departement_code AS departement_code,
          (SELECT COALESCE(SUM(quantity), 0) FROM request_lines WHERE request_id = r.id) AS asked,
          (SELECT SUM(approved_quantity) FROM request_lines WHERE request_id = r.id) AS approved,
          count(*) OVER () AS total
        FROM requests r
        JOIN organisations s ON s.id = r.structure_id
        JOIN campaigns c ON c.id = r.campaign_id
        LEFT JOIN organisations n ON n.id = r.network_id
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY ${ORDER[q.sort]} ${direction}, r.number ${direction}
        LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  const items: TDeskRow[] = rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    status: r.status,
    urgency: r.urgency,
    urgencyReason: r.urgency_reason,
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    structureId: r.structure_id,
    structureName: r.structure_name,
    structureType: r.structure_type,
    networkId: r.network_id,
    networkName: r.network_name,
    departementCode: r.departement_code,
    asked: Number(r.asked),
    approved: r.approved == null ? null : Number(r.approved),
  }));
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (!rows.length && q.offset > 0) {
    const [c] = await queryRows<{ n: string | number }>(
      ex,
      sql`SELECT count(*) AS n FROM requests r WHERE ${sql.join(where, sql` AND `)}`,
    );
    total = Number(c?.n ?? 0);
  }
  return { items, total };
}

/** What a structure asked, got and handed over, per request and kind (drafts excluded). */
export async function structureHistory(ex: Executor, structureId: string) {
  const rows = await queryRows<{
    request_id: string;
    number: string | number;
    status: TRequestStatus;
    campaign_name: string;
    submitted_at: string | Date | null;
    kind: TNeedKind;
    asked: string | number;
    approved: string | number | null;
    fulfilled: string | number;
    handed_over: string | number;
  }>(
    ex,
    sql`SELECT r.id AS request_id, r.number, r.status, c.name AS campaign_name, r.submitted_at,
          l.kind, SUM(l.quantity) AS asked, SUM(l.approved_quantity) AS approved,
          SUM(l.fulfilled_quantity) AS fulfilled, SUM(l.handed_over_quantity) AS handed_over
        FROM requests r
        JOIN campaigns c ON c.id = r.campaign_id
        JOIN request_lines l ON l.request_id = r.id
        WHERE r.structure_id = ${structureId} AND r.status <> 'draft'
        GROUP BY r.id, r.number, r.status, c.name, r.submitted_at, l.kind
        ORDER BY r.number DESC, l.kind`,
  );
  return rows.map((r) => ({
    requestId: r.request_id,
    number: Number(r.number),
    status: r.status,
    campaignName: r.campaign_name,
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    kind: r.kind,
    asked: Number(r.asked),
    approved: r.approved == null ? null : Number(r.approved),
    fulfilled: Number(r.fulfilled),
    handedOver: Number(r.handed_over),
  }));
}

/** An approved line with units not yet allocated, and what its weight depends on. */
export interface TAllocatableRow {
  lineId: string;
  requestId: string;
  requestNumber: number;
  position: number;
  structureId: string;
  structureName: string;
  networkName: string | null;
  structureType: TStructureType | null;
  networkId: string | null;
  kind: TNeedKind;
  minTier: number | null;
  remaining: number;
  weightOverride: number | null;
  urgency: TUrgency;
  urgencyReason: TUrgencyReason | null;
  submittedAt: Date | null;
  departementCode: string;
  lat: number | null;
  lon: number | null;
}

/** Approved lines of approved or partly fulfilled requests whose units are not all allocated. */
export async function listAllocatableRows(
  ex: Executor,
  filter: {
    campaignId?: string | undefined;
    networkId?: string | undefined;
    kinds?: readonly string[] | undefined;
  },
): Promise<TAllocatableRow[]> {
  const where: SQL[] = [
    sql`r.status IN ('approved', 'partly_fulfilled')`,
    sql`l.approved_quantity > l.allocated_quantity`,
  ];
  if (filter.campaignId) where.push(sql`r.campaign_id = ${filter.campaignId}`);
  if (filter.networkId) where.push(sql`r.network_id = ${filter.networkId}`);
  if (filter.kinds?.length) {
    where.push(
      sql`l.kind IN (${sql.join(
        filter.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  }
  const rows = await queryRows<{
    line_id: string;
    request_id: string;
    request_number: string | number;
    position: number;
    structure_id: string;
    structure_name: string;
    network_name: string | null;
    structure_type: TStructureType | null;
    network_id: string | null;
    kind: TNeedKind;
    min_tier: number | null;
    remaining: string | number;
    weight_override: number | null;
    urgency: TUrgency;
    urgency_reason: TUrgencyReason | null;
    submitted_at: string | Date | null;
    departement_code: string;
    lat: number | null;
    lon: number | null;
  }>(
    ex,
    sql`SELECT l.id AS line_id, r.id AS request_id, r.number AS request_number, l.position,
          r.structure_id, s.name AS structure_name, n.name AS network_name,
          s.structure_type, r.network_id,
          l.kind, l.min_tier, l.approved_quantity - l.allocated_quantity AS remaining,
          l.weight_override, r.urgency, r.urgency_reason, r.submitted_at,
          r.delivery_departement_code AS departement_code, r.delivery_lat AS lat, r.delivery_lon AS lon
        FROM request_lines l
        JOIN requests r ON r.id = l.request_id
        JOIN organisations s ON s.id = r.structure_id
        LEFT JOIN organisations n ON n.id = r.network_id
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY r.number, l.position`,
  );
  return rows.map((r) => ({
    lineId: r.line_id,
    requestId: r.request_id,
    requestNumber: Number(r.request_number),
    position: r.position,
    structureId: r.structure_id,
    structureName: r.structure_name,
    networkName: r.network_name,
    structureType: r.structure_type,
    networkId: r.network_id,
    kind: r.kind,
    minTier: r.min_tier,
    remaining: Number(r.remaining),
    weightOverride: r.weight_override,
    urgency: r.urgency,
    urgencyReason: r.urgency_reason,
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    departementCode: r.departement_code,
    lat: r.lat == null ? null : Number(r.lat),
    lon: r.lon == null ? null : Number(r.lon),
  }));
}
