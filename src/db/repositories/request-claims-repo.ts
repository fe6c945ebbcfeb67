import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import { duplicateAllowances } from '../schema';
import { CLAIMING_STATUSES } from '../../domain/needs/request-lifecycle';
import type { TNeedKind } from '../../shared/needs-enums';

const claiming = sql.join(
  CLAIMING_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/** A line of another request of the campaign that already claims a beneficiary. */
export interface TClaim {
  beneficiaryId: string;
  kind: TNeedKind;
  requestId: string;
  requestNumber: number;
}

/**
 * Lines of the campaign's other claiming requests linked to these beneficiaries (a line whose
 * approved quantity is 0 was refused and no longer claims anyone).
 */
export async function findClaims(
  ex: Executor,
  campaignId: string,
  beneficiaryIds: string[],
  excludeRequestId: string,
): Promise<TClaim[]> {
  if (!beneficiaryIds.length) return [];
  const rows = await queryRows<{
    beneficiary_id: string;
    kind: TNeedKind;
    request_id: string;
    number: string | number;
  }>(
    ex,
    sql`SELECT lb.beneficiary_id, l.kind, r.id AS request_id, r.number
        FROM request_line_beneficiaries lb
        JOIN request_lines l ON l.id = lb.line_id
        JOIN requests r ON r.id = l.request_id
        WHERE r.campaign_id = ${campaignId} AND r.id <> ${excludeRequestId}
          AND r.status IN (${claiming})
          AND (l.approved_quantity IS NULL OR l.approved_quantity > 0)
          AND lb.beneficiary_id IN (${sql.join(
            beneficiaryIds.map((id) => sql`${id}`),
            sql`, `,
          )})
        ORDER BY r.number`,
  );
  return rows.map((r) => ({
    beneficiaryId: r.beneficiary_id,
    kind: r.kind,
    requestId: r.request_id,
    requestNumber: Number(r.number),
  }));
}

/** Allowances per beneficiary and kind in a campaign ("beneficiaryId:kind" → count). */
export async function countAllowances(
  ex: Executor,
  campaignId: string,
  beneficiaryIds: string[],
): Promise<Map<string, number>> {
  if (!beneficiaryIds.length) return new Map();
  const rows = await queryRows<{ beneficiary_id: string; kind: string; n: string | number }>(
    ex,
    sql`SELECT beneficiary_id, kind, count(*) AS n FROM duplicate_allowances
        WHERE campaign_id = ${campaignId}
          AND beneficiary_id IN (${sql.join(
            beneficiaryIds.map((id) => sql`${id}`),
            sql`, `,
          )})
        GROUP BY beneficiary_id, kind`,
  );
  return new Map(rows.map((r) => [`${r.beneficiary_id}:${r.kind}`, Number(r.n)]));
}

/** Records allowances (lost or stolen device), one row per extra claim permitted. */
export async function insertAllowances(
  ex: Executor,
  rows: (typeof duplicateAllowances.$inferInsert)[],
) {
  if (rows.length) await ex.insert(duplicateAllowances).values(rows);
}
