import { and, asc, eq, gt, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import {
  beneficiaries,
  charterCodes,
  deviceReturns,
  devices,
  evidenceFiles,
  handoverFollowUps,
  handovers,
  organisations,
} from '../schema';

export type THandoverRow = typeof handovers.$inferSelect;

const columns = {
  handover: handovers,
  assetTag: devices.assetTag,
  kind: devices.kind,
  deviceState: devices.state,
  beneficiaryReference: beneficiaries.reference,
  structureName: organisations.name,
};

/** Handovers with their device, beneficiary reference and structure name. */
export async function listHandoverRows(
  ex: Executor,
  f: {
    structureId?: string | undefined;
    deviceId?: string | undefined;
    id?: string | undefined;
    /** Live loans due on or before this day. */
    loansDueBy?: string | undefined;
  },
  limit = 100,
  offset = 0,
) {
  const filters: SQL[] = [];
  if (f.id) filters.push(eq(handovers.id, f.id));
  if (f.structureId) filters.push(eq(handovers.structureId, f.structureId));
  if (f.deviceId) filters.push(eq(handovers.deviceId, f.deviceId));
  if (f.loansDueBy) {
    filters.push(
      eq(handovers.form, 'loan'),
      isNull(handovers.returnedAt),
      lte(handovers.returnDueOn, f.loansDueBy),
    );
  }
  return ex
    .select(columns)
    .from(handovers)
    .innerJoin(devices, eq(devices.id, handovers.deviceId))
    .innerJoin(beneficiaries, eq(beneficiaries.id, handovers.beneficiaryId))
    .innerJoin(organisations, eq(organisations.id, handovers.structureId))
    .where(and(...filters))
    .orderBy(
      f.loansDueBy ? asc(handovers.returnDueOn) : sql`${handovers.handedOverOn} DESC`,
      asc(handovers.createdAt),
    )
    .limit(limit)
    .offset(offset);
}
export type THandoverListRow = Awaited<ReturnType<typeof listHandoverRows>>[number];

export async function insertHandover(ex: Executor, row: typeof handovers.$inferInsert) {
  const [created] = await ex.insert(handovers).values(row).returning();
  return created!;
}

/** The live (not returned) handover of a device, locked. */
export async function findLiveHandover(ex: Executor, deviceId: string) {
  const [row] = await ex
    .select()
    .from(handovers)
    .where(and(eq(handovers.deviceId, deviceId), isNull(handovers.returnedAt)))
    .for('update');
  return row;
}

export async function updateHandover(
  ex: Executor,
  id: string,
  patch: Partial<typeof handovers.$inferInsert>,
) {
  await ex.update(handovers).set(patch).where(eq(handovers.id, id));
}

export async function insertDeviceReturn(ex: Executor, row: typeof deviceReturns.$inferInsert) {
  const [created] = await ex.insert(deviceReturns).values(row).returning();
  return created!;
}

export async function insertCharterCode(ex: Executor, row: typeof charterCodes.$inferInsert) {
  await ex.insert(charterCodes).values(row);
}

/** A charter code of this beneficiary, unused, not expired at `now`, not locked by wrong attempts; row-locked. */
export async function findUsableCharterCode(
  ex: Executor,
  id: string,
  beneficiaryId: string,
  now: Date,
  maxAttempts: number,
) {
  const [row] = await ex
    .select()
    .from(charterCodes)
    .where(
      and(
        eq(charterCodes.id, id),
        eq(charterCodes.beneficiaryId, beneficiaryId),
        isNull(charterCodes.usedAt),
        gt(charterCodes.expiresAt, now),
        lt(charterCodes.attempts, maxAttempts),
      ),
    )
    .for('update');
  return row;
}

export async function markCharterCodeUsed(ex: Executor, id: string, at: Date) {
  await ex.update(charterCodes).set({ usedAt: at }).where(eq(charterCodes.id, id));
}

export async function insertFollowUp(ex: Executor, row: typeof handoverFollowUps.$inferInsert) {
  await ex.insert(handoverFollowUps).values(row);
}

export async function findFollowUpOfHandover(ex: Executor, handoverId: string) {
  const [row] = await ex
    .select()
    .from(handoverFollowUps)
    .where(eq(handoverFollowUps.handoverId, handoverId));
  return row;
}

export async function findFollowUp(ex: Executor, id: string, lock = false) {
  const q = ex.select().from(handoverFollowUps).where(eq(handoverFollowUps.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function updateFollowUp(
  ex: Executor,
  id: string,
  patch: Partial<typeof handoverFollowUps.$inferInsert>,
) {
  const [row] = await ex
    .update(handoverFollowUps)
    .set(patch)
    .where(eq(handoverFollowUps.id, id))
    .returning();
  return row!;
}

/** Follow-ups due by `today` and not answered, of one structure or all. */
export async function listDueFollowUpRows(
  ex: Executor,
  structureId: string | undefined,
  today: string,
) {
  return ex
    .select({ f: handoverFollowUps, assetTag: devices.assetTag, form: handovers.form })
    .from(handoverFollowUps)
    .innerJoin(handovers, eq(handovers.id, handoverFollowUps.handoverId))
    .innerJoin(devices, eq(devices.id, handovers.deviceId))
    .where(
      and(
        structureId ? eq(handoverFollowUps.structureId, structureId) : undefined,
        isNull(handoverFollowUps.answeredAt),
        lte(handoverFollowUps.dueOn, today),
      ),
    )
    .orderBy(asc(handoverFollowUps.dueOn));
}

export async function insertEvidence(ex: Executor, row: typeof evidenceFiles.$inferInsert) {
  const [created] = await ex.insert(evidenceFiles).values(row).returning({ id: evidenceFiles.id });
  return created!.id;
}

export async function findEvidence(ex: Executor, id: string) {
  const [row] = await ex.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row;
}

/** Counts one wrong code typed against a charter code. */
export async function bumpCharterCodeAttempts(ex: Executor, id: string) {
  await ex
    .update(charterCodes)
    .set({ attempts: sql`${charterCodes.attempts} + 1` })
    .where(eq(charterCodes.id, id));
}
