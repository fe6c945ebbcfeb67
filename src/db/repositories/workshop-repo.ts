import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import { erasures, users, workshopSteps } from '../schema';
import type { TDeviceState } from '../../shared/inventory';

/** A workshop step row. */
export type TStepRow = typeof workshopSteps.$inferSelect;
/** An erasure row. */
export type TErasureRow = typeof erasures.$inferSelect;

/** Inserts a workshop step. */
export async function insertStep(ex: Executor, row: typeof workshopSteps.$inferInsert) {
  const [created] = await ex.insert(workshopSteps).values(row).returning();
  return created!;
}

/** Records the parts a step consumed. */
export async function setStepParts(
  ex: Executor,
  stepId: string,
  parts: { itemId: string; quantity: number; locationId: string }[],
) {
  await ex.update(workshopSteps).set({ partsUsed: parts }).where(eq(workshopSteps.id, stepId));
}

/** Steps of a device, oldest first, with the operator's name. */
export async function listSteps(ex: Executor, deviceId: string) {
  return ex
    .select({ step: workshopSteps, operatorName: users.displayName })
    .from(workshopSteps)
    .leftJoin(users, eq(users.id, workshopSteps.operatorUserId))
    .where(eq(workshopSteps.deviceId, deviceId))
    .orderBy(asc(workshopSteps.at), asc(workshopSteps.id));
}

/** Inserts an erasure record. */
export async function insertErasure(ex: Executor, row: typeof erasures.$inferInsert) {
  const [created] = await ex.insert(erasures).values(row).returning();
  return created!;
}

/** Erasures of devices, oldest first, with the operator's name. */
export async function listErasures(ex: Executor, deviceIds: string[]) {
  if (!deviceIds.length) return [];
  return ex
    .select({ erasure: erasures, operatorName: users.displayName })
    .from(erasures)
    .leftJoin(users, eq(users.id, erasures.operatorUserId))
    .where(inArray(erasures.deviceId, deviceIds))
    .orderBy(asc(erasures.endedAt), asc(erasures.id));
}

/** One row of the workshop queue. */
export interface TQueueRow {
  id: string;
  asset_tag: string;
  kind: string;
  brand: string | null;
  model: string | null;
  serial: string | null;
  state: TDeviceState;
  location_id: string | null;
  location_name: string | null;
  updated_at: Date;
  drive_count: number;
  cleared_drive_count: number;
  has_os_step: boolean;
  has_final_check: boolean;
  is_graded: boolean;
}

/**
 * Devices in the workshop (received → erasure) at the given locations, with what the queue
 * needs to tell which step they wait for. Oldest change first: first in, first out.
 */
export async function listQueue(
  ex: Executor,
  f: { organisationId?: string | undefined; locationId?: string | undefined; limit: number },
): Promise<TQueueRow[]> {
  const org = f.organisationId ? sql`AND l.organisation_id = ${f.organisationId}` : sql``;
  const loc = f.locationId ? sql`AND d.location_id = ${f.locationId}` : sql``;
  return queryRows<TQueueRow>(
    ex,
    sql`SELECT d.id, d.asset_tag, d.kind, d.brand, d.model, d.serial, d.state, d.location_id,
               l.name AS location_name, d.updated_at,
               (SELECT count(*)::int FROM device_drives dd WHERE dd.device_id = d.id) AS drive_count,
               (SELECT count(*)::int FROM device_drives dd WHERE dd.device_id = d.id
                  AND EXISTS (SELECT 1 FROM erasures e WHERE e.drive_id = dd.id AND e.result = 'success'))
                 AS cleared_drive_count,
               EXISTS (SELECT 1 FROM workshop_steps s WHERE s.device_id = d.id AND s.step = 'os_install'
                  AND s.result <> 'fail') AS has_os_step,
               EXISTS (SELECT 1 FROM workshop_steps s WHERE s.device_id = d.id AND s.step = 'final_check'
                  AND s.result = 'pass') AS has_final_check,
               (d.appearance_grade IS NOT NULL AND d.function_grade IS NOT NULL) AS is_graded
        FROM devices d LEFT JOIN locations l ON l.id = d.location_id
        WHERE d.state IN ('received', 'diagnosis', 'repair', 'erasure', 'returned') ${org} ${loc}
        ORDER BY d.updated_at ASC, d.asset_tag
        LIMIT ${f.limit}`,
  );
}
