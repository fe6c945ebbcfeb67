import { findOrganisation } from '../../db/repositories/organisations-repo';
import {
  findLiveTokenByHash,
  findToken,
  insertToken,
  listTokens,
  updateToken,
} from '../../db/repositories/probe-repo';
import type { Executor } from '../../db/connect';
import { AppError } from '../../shared/app-error';
import { ZWorkshopTokenInput } from '../../shared/schemas/workshop';
import { hashSecret, newSecret } from '../accounts/tokens';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation, ownOrganisationFilter, seesAll } from '../inventory/access';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';

/**
 * Workshop tokens: per-workshop secrets `passerelle probe --token` uses to upload snapshots.
 * The secret is shown once at creation; the database keeps only its SHA-256.
 */

/** Prefix that makes a leaked token recognisable in logs and secret scanners. */
export const WORKSHOP_TOKEN_PREFIX = 'pwt_';

/** Creates a token for a workshop (an operator's own, or any workshop for an admin). */
export async function createWorkshopToken(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZWorkshopTokenInput, raw);
  const organisationId = seesAll(ctx.actor, 'workshop.token.manage')
    ? input.organisationId
    : (ctx.actor?.organisationId ?? undefined);
  if (!organisationId) throwIfFieldErrors([{ path: 'organisationId', code: 'required' }]);
  const org = await findOrganisation(ctx.db, organisationId!);
  if (!org || !canOnOrganisation(ctx, 'workshop.token.manage', org.id)) {
    throwIfFieldErrors([{ path: 'organisationId', code: 'organisation_unknown' }]);
  }
  if (org!.kind !== 'workshop')
    throwIfFieldErrors([{ path: 'organisationId', code: 'workshop_expected' }]);
  const secret = `${WORKSHOP_TOKEN_PREFIX}${newSecret()}`;
  return ctx.db.transaction(async (tx) => {
    const row = await insertToken(tx, {
      organisationId: org!.id,
      name: input.name,
      tokenHash: hashSecret(secret),
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'workshop.token_create',
      entityType: 'workshop_token',
      entityId: row.id,
      after: { name: row.name, organisationId: row.organisationId },
    });
    return {
      id: row.id,
      name: row.name,
      organisationId: row.organisationId,
      createdAt: row.createdAt,
      token: secret,
    };
  });
}

/** Tokens the actor may manage (never their secrets). */
export async function listWorkshopTokens(ctx: ServiceContext) {
  return listTokens(ctx.db, ownOrganisationFilter(ctx, 'workshop.token.manage'));
}

/** Revokes a token: the probe using it gets 401 from now on. */
export async function revokeWorkshopToken(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const token = await findToken(tx, id);
    if (!token || !canOnOrganisation(ctx, 'workshop.token.manage', token.organisationId)) {
      throw new AppError('not_found', 'Unknown workshop token.', { tokenId: id });
    }
    if (!token.revokedAt) await updateToken(tx, id, { revokedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'workshop.token_revoke',
      entityType: 'workshop_token',
      entityId: id,
    });
    return { id, revokedAt: token.revokedAt ?? ctx.now() };
  });
}

/**
 * The workshop token an `Authorization: Bearer …` header carries, or 401
 * `auth.workshop_token_invalid` (missing, malformed, unknown or revoked).
 */
export async function authenticateWorkshopToken(
  ex: Executor,
  header: string | undefined,
  now: Date,
) {
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  const token = secret?.startsWith(WORKSHOP_TOKEN_PREFIX)
    ? await findLiveTokenByHash(ex, hashSecret(secret))
    : undefined;
  if (!token) {
    throw new AppError(
      'auth.workshop_token_invalid',
      'Missing, unknown or revoked workshop token.',
    );
  }
  await updateToken(ex, token.id, { lastUsedAt: now });
  return token;
}
