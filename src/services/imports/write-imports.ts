import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/connect';
import {
  insertOrganisationsBulk,
  insertAuditEventsBulk,
} from '../../db/repositories/organisations-bulk-repo';
import { insertBeneficiariesQuietly } from '../../db/repositories/beneficiaries-repo';
import type { TBeneficiaryParsed } from '../../shared/schemas/beneficiaries';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { bulkInviteReferents } from './bulk-invite-referents';
import type { TStructureImportRow } from './structures-csv';

/**
 * Writes checked structures (with address, networks, details confirmed today, one audit event
 * each) in multi-row INSERTs, in the caller's transaction; invites their referents if asked.
 */
export async function writeStructures(
  tx: Executor,
  ctx: ServiceContext,
  rows: TStructureImportRow[],
  options: { importId: string; inviteReferents: boolean },
) {
  const now = ctx.now();
  const withIds = rows.map((r) => ({ ...r, id: randomUUID() }));
  await insertOrganisationsBulk(tx, {
    organisations: withIds.map((r) => ({
      id: r.id,
      kind: 'structure' as const,
      name: r.name,
      legalId: r.legalId,
      structureType: r.structureType,
      email: r.email,
      phone: r.phone,
      departementCode: r.address.departementCode,
      publicServed: r.publicServed,
      expectedBeneficiaries: r.expectedBeneficiaries,
      detailsConfirmedAt: now,
      createdAt: now,
      updatedAt: now,
    })),
    addresses: withIds.map((r) => ({ ...r.address, organisationId: r.id, createdAt: now })),
    networks: withIds.flatMap((r) =>
      r.networkIds.map((networkId) => ({ structureId: r.id, networkId })),
    ),
  });
  await insertAuditEventsBulk(
    tx,
    withIds.map((r) => ({
      actorUserId: ctx.actor?.userId ?? null,
      actorMembershipId: ctx.actor?.membershipId ?? null,
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: r.id,
      after: {
        name: r.name,
        legalId: r.legalId,
        networkIds: r.networkIds,
        importId: options.importId,
      },
      at: now,
    })),
  );
  const invited = options.inviteReferents
    ? await bulkInviteReferents(
        tx,
        ctx,
        withIds.flatMap((r) =>
          r.referent
            ? [
                {
                  organisationId: r.id,
                  organisationName: r.name,
                  email: r.referent.email,
                  displayName: r.referent.name,
                },
              ]
            : [],
        ),
      )
    : 0;
  return { created: withIds.length, invited };
}

/** Writes checked beneficiaries of one structure in multi-row INSERTs, with one audit event. */
export async function writeBeneficiaries(
  tx: Executor,
  ctx: ServiceContext,
  structureId: string,
  rows: TBeneficiaryParsed[],
  importId: string,
) {
  const now = ctx.now();
  await insertBeneficiariesQuietly(
    tx,
    rows.map((b) => ({
      structureId,
      reference: b.reference,
      ageBand: b.ageBand,
      situation: b.situation,
      schoolLevel: b.schoolLevel,
      departementCode: b.departementCode,
      householdSize: b.householdSize,
      lacks: b.lacks,
      consentAt: b.consentAt,
      consentRecordedBy: ctx.actor?.userId ?? null,
      parentalConsentAt: b.parentalConsentAt,
      parentalConsentBy: b.parentalConsentBy,
      notes: b.notes || null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await recordAudit(tx, ctx, {
    action: 'beneficiary.import',
    entityType: 'structure',
    entityId: structureId,
    after: { count: rows.length, importId },
  });
  return { created: rows.length };
}
