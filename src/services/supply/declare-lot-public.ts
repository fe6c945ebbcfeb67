import type { Executor } from '../../db/connect';
import {
  findDonorBySiren,
  findRecentSameLot,
  lockDonorSiren,
} from '../../db/repositories/donation-lots-repo';
import {
  insertOrganisation,
  replaceAddresses,
  type TOrganisationRow,
} from '../../db/repositories/organisations-repo';
import { findUserByEmailWithHash, listMembershipsOfUsers } from '../../db/repositories/users-repo';
import { isValidSiren, isValidSiret } from '../../domain/organisations/legal-ids';
import { sirenOf } from '../../domain/supply/tax-receipt';
import {
  ZPublicDonationInput,
  type TPublicDonationInput,
  type TPublicDonationParsed,
} from '../../shared/schemas/donations';
import { inviteUserInTx } from '../accounts/invite-user';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { resolveAddress, type TFieldError } from '../geo/resolve-address';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { sendMail } from '../mail/send-mail';
import { getSettings } from '../settings/get-settings';
import { declareLotInTx } from './declare-lot';

/** A second identical submission within this delay answers with the first lot. */
export const PUBLIC_DUPLICATE_WINDOW_MS = 30 * 60_000;

/** Company checks done before any write: SIREN checksum, head-office address. */
function checkCompany(input: TPublicDonationParsed) {
  const errors: TFieldError[] = [];
  const legalId = input.company.legalId;
  const siren = sirenOf(legalId);
  const valid =
    siren !== null && isValidSiren(siren) && (legalId.length === 9 ? true : isValidSiret(legalId));
  if (!valid) errors.push({ path: 'company.legalId', code: 'siren_invalid' });
  const resolved = resolveAddress(
    { ...input.company.address, label: 'Siège', isDelivery: false },
    'company.address',
  );
  if (resolved.error) errors.push(resolved.error);
  throwIfFieldErrors(errors, 'The declaration cannot be recorded; nothing was recorded.');
  return { siren: siren!, address: resolved.address! };
}

/** Is the contact already a donor contact of this company (and has a password)? */
async function contactStatus(tx: Executor, email: string, companyId: string) {
  const user = await findUserByEmailWithHash(tx, email);
  if (!user) return { member: false, hasPassword: false };
  const roles = await listMembershipsOfUsers(tx, [user.id]);
  return {
    userId: user.id,
    member: roles.some((m) => m.organisationId === companyId && m.role === 'donor_contact'),
    hasPassword: !!user.passwordHash,
  };
}

/**
 * Mail to a person who declared for a company already known to the bank without being one of
 * its contacts: the lot is recorded, and the company's contacts (told separately) may give
 * them access. They get no access by themselves: a SIREN is public, so typing one must not open
 * a company's lots and receipts to anyone.
 */
async function mailOutsider(
  tx: Executor,
  ctx: ServiceContext,
  input: TPublicDonationParsed,
  company: TOrganisationRow,
  reference: string,
) {
  const en = input.contact.locale === 'en';
  await sendMail(tx, ctx, input.contact.email, input.contact.locale, {
    kind: 'donation_update',
    reference,
    companyName: company.name,
    status: 'declared',
    note: en
      ? 'Your company already follows its donations with us: its contacts have been told about this lot and can give you access from their account. Until then, we will keep you informed by mail.'
      : 'Votre entreprise suit déjà ses dons avec nous : ses contacts ont été prévenus de ce lot et peuvent vous donner accès depuis leur compte. D’ici là, nous vous tiendrons informé par mail.',
    link: `${ctx.config.publicUrl}/login`,
  });
}

/**
 * The public donation form: a company declares a lot without being logged in. In one
 * transaction it finds the donor company by SIREN or creates it (with its head-office
 * address), gives the contact an account (a one-time link by mail to choose a password) and
 * declares the lot. The answer is the same whether the company or the e-mail were known, so
 * the form reveals nothing. A person who is not yet a contact of an already known company gets
 * no access: that company's contacts are told and may invite them. A second identical
 * submission within 30 minutes answers with the first lot and writes nothing. A refused
 * declaration leaves nothing behind.
 */
export async function declareLotPublic(ctx: ServiceContext, raw: TPublicDonationInput) {
  const input = parseInput(ZPublicDonationInput, raw);
  const { siren, address } = checkCompany(input);
  return ctx.db.transaction(async (tx) => {
    await lockDonorSiren(tx, siren);
    const now = ctx.now();
    const known = await findDonorBySiren(tx, siren);
    const company =
      known ??
      (await insertOrganisation(tx, {
        kind: 'donor',
        name: input.company.name,
        legalId: input.company.legalId,
        email: input.company.email || input.contact.email,
        phone: input.company.phone ?? input.contact.phone,
        departementCode: address.departementCode,
        createdAt: now,
        updatedAt: now,
      }));
    if (!known) await replaceAddresses(tx, company.id, [address]);
    const before = await contactStatus(tx, input.contact.email, company.id);

    if (known) {
      const same = await findRecentSameLot(tx, {
        donorOrganisationId: company.id,
        siteContactName: input.lot.siteContact.name,
        siteContactPhone: input.lot.siteContact.phone,
        since: new Date(now.getTime() - PUBLIC_DUPLICATE_WINDOW_MS),
        expectedCount: input.lot.lines.reduce((s, l) => s + l.count, 0),
        pickupPostalCode: input.lot.pickupAddress.postalCode,
        availableFrom: input.lot.availableFrom,
        availableUntil: input.lot.availableUntil,
      });
      if (same) return { lotId: same.id, reference: same.reference };
    }

    // A new company's contact, or a contact of a known company who never chose a password,
    // gets the invitation link; someone else declaring for a known company gets no role.
    let declaredBy = before.userId ?? null;
    if (!known || (before.member && !before.hasPassword)) {
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
      declaredBy = invited.userId;
    }
    const outsider = !!known && !before.member;
    await recordAudit(tx, ctx, {
      action: 'donation.declare_public',
      entityType: 'organisation',
      entityId: company.id,
      after: {
        name: input.company.name,
        legalId: input.company.legalId,
        companyCreated: !known,
        contactEmail: input.contact.email,
        contactPhone: input.contact.phone,
        contactGivenAccess: !outsider,
      },
    });
    const lot = await declareLotInTx(tx, ctx, company, input.lot, {
      declaredBy: outsider ? null : declaredBy,
      pathPrefix: 'lot.',
      mailNote: outsider
        ? `Formulaire public / Public form: ${input.contact.displayName} <${input.contact.email}>, ${input.contact.phone}`
        : null,
    });
    if (outsider) await mailOutsider(tx, ctx, input, company, lot.reference);
    return { lotId: lot.id, reference: lot.reference };
  });
}
