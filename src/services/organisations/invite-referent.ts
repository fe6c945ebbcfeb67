import type { TReferentInvite } from '../../shared/schemas/structure-applications';
import { listReferents } from '../../db/repositories/referents-repo';
import type { ServiceContext } from '../context';
import { inviteUser } from '../accounts/invite-user';
import { resolveStructure } from '../needs/scope';

/**
 * A referent invites a colleague into its own structure (the bank may invite into any): the
 * colleague becomes a referent of that structure, through the usual invitation mail.
 */
export async function inviteReferent(
  ctx: ServiceContext,
  structureId: string,
  input: TReferentInvite,
) {
  const structure = await resolveStructure(ctx, ctx.db, 'referent.invite', structureId, {
    forWrite: true,
  });
  return inviteUser(ctx, { ...input, organisationId: structure.id, role: 'referent' });
}

/** The referents of a structure (its members and the bank may read them). */
export async function listStructureReferents(ctx: ServiceContext, structureId: string) {
  const structure = await resolveStructure(ctx, ctx.db, 'referent.invite', structureId);
  const rows = await listReferents(ctx.db, [structure.id]);
  return { items: rows.map(({ structureId: _s, ...r }) => r) };
}
