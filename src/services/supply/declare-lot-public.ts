import { insertOrganisation } from '../../db/repositories/organisations-repo';
import { isValidSiren, isValidSiret } from '../../domain/organisations/legal-ids';
import { ZPublicDonationInput, type TPublicDonationInput } from '../../shared/schemas/donations';
import { inviteUserInTx } from '../accounts/invite-user';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { getSettings } from '../settings/get-settings';
import { declareLotInTx } from './declare-lot';

/**
 * The public donation form: a company not yet known declares a lot. In one transaction it
 * creates the donor organisation, invites the contact (an account without password and a
 * one-time link by mail, or a new role for an existing account, told by mail) and declares the
 * lot. The answer is the same whether the e-mail already had an account, so the form reveals
 * nothing about accounts. A refused lot leaves nothing behind.
 */
export async function declareLotPublic(ctx: ServiceContext, raw: TPublicDonationInput) {
  const input = parseInput(ZPublicDonationInput, raw);
  const legalId = input.company.legalId;
  if (legalId && !isValidSiren(legalId) && !isValidSiret(legalId)) {
    throwIfFieldErrors([{ path: 'company.legalId', code: 'siren_invalid' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const company = await insertOrganisation(tx, {
      kind: 'donor',
      name: input.company.name,
      legalId: legalId ?? null,
      email: input.company.email || input.contact.email,
      phone: input.company.phone ?? null,
      createdAt: now,
      updatedAt: now,
    });
    const { bankName } = await getSettings(tx);
    const invited = await inviteUserInTx(
      tx,
      ctx,
      {
        email: input.contact.email,
        displayName: input.contact.displayName,
        organisationId: company.id,
        role: 'donor_contact',
        locale: input.contact.locale,
      },
      bankName,
    );
    await recordAudit(tx, ctx, {
      action: 'donation.declare_public',
      entityType: 'organisation',
      entityId: company.id,
      after: { name: company.name, legalId: company.legalId, contactUserId: invited.userId },
    });
    const lot = await declareLotInTx(tx, ctx, company, input.lot, {
      declaredBy: invited.userId,
      pathPrefix: 'lot.',
    });
    return { lotId: lot.id, reference: lot.reference, organisationId: company.id };
  });
}
