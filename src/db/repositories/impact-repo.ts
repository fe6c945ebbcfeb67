import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';

/** People reached by handovers of a set of devices, in total, per département and network. */
export interface THandoverReach {
  people: number;
  departements: { code: string; people: number }[];
  networks: { id: string; name: string; people: number }[];
}

/** The devices of a donation lot, or bought with a grant's money. */
export type TImpactScope = { lotId: string } | { grantId: string };

function devicesOf(scope: TImpactScope): SQL {
  return 'lotId' in scope
    ? sql`SELECT device_id AS id FROM donation_lot_devices WHERE lot_id = ${scope.lotId}`
    : sql`SELECT d.id FROM devices d
          JOIN purchase_order_lines l ON d.origin_type = 'purchase_line' AND d.origin_id = l.id
          JOIN purchase_order_grants pog ON pog.order_id = l.order_id AND pog.grant_id = ${scope.grantId}`;
}

/**
 * Distinct beneficiaries who received one of the scope's devices (a later return does not
 * undo having been reached), counted where the request delivered them (else the structure's
 * département) and under the network of the request. Beneficiaries stay pseudonymous: only
 * counts leave the database.
 */
export async function handoverReach(ex: Executor, scope: TImpactScope): Promise<THandoverReach> {
  const base = sql`FROM handovers h
    JOIN (${devicesOf(scope)}) scope ON scope.id = h.device_id
    JOIN organisations s ON s.id = h.structure_id
    LEFT JOIN request_lines rl ON rl.id = h.request_line_id
    LEFT JOIN requests r ON r.id = rl.request_id
    LEFT JOIN organisations n ON n.id = r.network_id`;
  // One after the other: `ex` may be a transaction's single connection.
  const total = await queryRows<{ people: string | number }>(
    ex,
    sql`SELECT count(DISTINCT h.beneficiary_id) AS people ${base}`,
  );
  const deps = await queryRows<{ code: string | null; people: string | number }>(
    ex,
    sql`SELECT COALESCE(r.delivery_departement_code, s.departement_code) AS code,
            count(DISTINCT h.beneficiary_id) AS people ${base}
          GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const nets = await queryRows<{ id: string; name: string; people: string | number }>(
    ex,
    sql`SELECT n.id, n.name, count(DISTINCT h.beneficiary_id) AS people ${base}
          WHERE n.id IS NOT NULL GROUP BY n.id, n.name ORDER BY 3 DESC, 2`,
  );
  return {
    people: Number(total[0]?.people ?? 0),
    departements: deps
      .filter((d) => d.code)
      .map((d) => ({ code: d.code!, people: Number(d.people) })),
    networks: nets.map((n) => ({ id: n.id, name: n.name, people: Number(n.people) })),
  };
}
