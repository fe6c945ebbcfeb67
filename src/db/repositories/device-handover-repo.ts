import { sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';

/** The latest handover of a device: to which structure, which (pseudonymous) beneficiary. */
export async function latestHandoverOfDevice(ex: Executor, deviceId: string) {
  const [row] = await queryRows<{
    structure_id: string;
    structure_name: string;
    beneficiary_reference: string;
    form: 'gift' | 'loan' | 'sale';
    handed_over_on: string;
    return_due_on: string | null;
    returned_at: string | Date | null;
  }>(
    ex,
    sql`SELECT h.structure_id, s.name AS structure_name, b.reference AS beneficiary_reference,
          h.form, h.handed_over_on::text AS handed_over_on, h.return_due_on::text AS return_due_on,
          h.returned_at
        FROM handovers h
        JOIN organisations s ON s.id = h.structure_id
        JOIN beneficiaries b ON b.id = h.beneficiary_id
        WHERE h.device_id = ${deviceId}
        ORDER BY h.created_at DESC
        LIMIT 1`,
  );
  return row
    ? {
        structureId: row.structure_id,
        structureName: row.structure_name,
        beneficiaryReference: row.beneficiary_reference,
        form: row.form,
        handedOverOn: row.handed_over_on,
        returnDueOn: row.return_due_on,
        returnedAt: row.returned_at ? new Date(row.returned_at).toISOString() : null,
      }
    : null;
}
