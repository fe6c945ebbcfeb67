import type { Executor } from '../../db/connect';
import { insertLot, insertLotEvent, type TLotRow } from '../../db/repositories/donation-lots-repo';
import { takeNextNumber } from '../../db/repositories/document-counters-repo';
import { findOrganisation, type TOrganisationRow } from '../../db/repositories/organisations-repo';
import { checkDonationRules } from '../../domain/supply/donation-rules';
import { parisDate, parisYear } from '../../domain/supply/dates';
import { AppError } from '../../shared/app-error';
import { SUPPLY_LIMITS } from '../../shared/supply-enums';
import {
  ZDonationLotInput,
  type TDonationLotInput,
  type TDonationLotParsed,
} from '../../shared/schemas/donations';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { resolveAddress, type TFieldError } from '../geo/resolve-address';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { getDonationRules } from './donation-rules';
import { isBank, lotReference, requireActor } from './lot-access';
import { mailDonor } from './lot-transition';

type TLotContent = Omit<TDonationLotParsed, 'donorOrganisationId'>;

/** Everything a declaration must satisfy beyond its schema; `prefix` places field paths. */
async function validateLot(ex: Executor, ctx: ServiceContext, input: TLotContent, prefix: string) {
  const errors: TFieldError[] = [];
  const at = (path: string) => `${prefix}${path}`;
  const rules = await getDonationRules(ex);
  for (const v of checkDonationRules(input.lines, rules)) errors.push({ ...v, path: at(v.path) });
  input.lines.forEach((line, i) => {
    if (line.assetTags.length > line.count) {
      errors.push({
        path: at(`lines.${i}.assetTags`),
        code: 'too_many_asset_tags',
        params: { max: line.count },
      });
    }
  });
  const total = input.lines.reduce((s, l) => s + l.count, 0);
  if (total > SUPPLY_LIMITS.devicesPerLot) {
    errors.push({
      path: at('lines'),
      code: 'lot_too_large',
      params: { max: SUPPLY_LIMITS.devicesPerLot },
    });
  }
  const today = parisDate(ctx.now());
  if (input.availableFrom < today) errors.push({ path: at('availableFrom'), code: 'date_in_past' });
  if (input.availableUntil < input.availableFrom) {
    errors.push({ path: at('availableUntil'), code: 'date_before_start' });
  }
  const resolved = resolveAddress(
    { ...input.pickupAddress, label: 'Enlèvement', isDelivery: false },
    at('pickupAddress'),
  );
  if (resolved.error) errors.push(resolved.error);
  throwIfFieldErrors(errors, 'The lot cannot be declared; nothing was recorded.');
  return { address: resolved.address!, total };
}

/**
 * Declares a lot for a donor company inside the caller's transaction (also used by the public
 * form): checks the rules, numbers the lot, records its lines and first history line, and
 * tells the company's contacts.
 */
export async function declareLotInTx(
  tx: Executor,
  ctx: ServiceContext,
  donor: TOrganisationRow,
  input: TLotContent,
  options: { declaredBy: string | null; pathPrefix?: string; mailNote?: string | null },
): Promise<TLotRow> {
  const { address, total } = await validateLot(tx, ctx, input, options.pathPrefix ?? '');
  const now = ctx.now();
  const year = parisYear(now);
  const reference = lotReference(year, await takeNextNumber(tx, 'donation_lot', year));
  const { lot } = await insertLot(
    tx,
    {
      reference,
      donorOrganisationId: donor.id,
      declaredBy: options.declaredBy,
      status: 'declared',
      expectedCount: total,
      pickupLine1: address.line1,
      pickupLine2: address.line2,
      pickupPostalCode: address.postalCode,
      pickupCommuneCode: address.communeCode,
      pickupCommuneName: address.communeName,
      pickupDepartementCode: address.departementCode,
      pickupRegionCode: address.regionCode,
      availableFrom: input.availableFrom,
      availableUntil: input.availableUntil,
      siteContactName: input.siteContact.name,
      siteContactPhone: input.siteContact.phone,
      siteContactEmail: input.siteContact.email || null,
      notes: input.notes ?? null,
      createdAt: now,
      updatedAt: now,
    },
    input.lines.map((l, i) => ({
      position: i + 1,
      kind: l.kind,
      count: l.count,
      brand: l.brand ?? null,
      model: l.model ?? null,
      ageYears: l.ageYears,
      condition: l.condition,
      drives: l.drives,
      assetTags: l.assetTags,
      notes: l.notes ?? null,
    })),
  );
  await insertLotEvent(tx, {
    lotId: lot.id,
    at: now,
    actorUserId: ctx.actor?.userId ?? options.declaredBy,
    fromStatus: null,
    toStatus: 'declared',
  });
  await recordAudit(tx, ctx, {
    action: 'donation.declare',
    entityType: 'donation_lot',
    entityId: lot.id,
    after: {
      reference,
      donorOrganisationId: donor.id,
      expectedCount: total,
      lines: input.lines.length,
    },
  });
  await mailDonor(tx, ctx, lot, { note: options.mailNote ?? null });
  return lot;
}

/**
 * A donor contact declares a lot for their company; the bank's staff may declare for any
 * donor company (`donorOrganisationId`). All or nothing.
 */
export async function declareLot(ctx: ServiceContext, raw: TDonationLotInput) {
  const input = parseInput(ZDonationLotInput, raw);
  const actor = requireActor(ctx);
  const donorId = isBank(actor) ? input.donorOrganisationId : (actor.organisationId ?? undefined);
  if (!donorId) {
    throwIfFieldErrors([{ path: 'donorOrganisationId', code: 'donor_required' }]);
  }
  if (!isBank(actor) && input.donorOrganisationId && input.donorOrganisationId !== donorId) {
    throw new AppError('not_found', 'Unknown donor company.');
  }
  return ctx.db.transaction(async (tx) => {
    const donor = await findOrganisation(tx, donorId!);
    if (!donor || donor.kind !== 'donor') {
      if (!isBank(actor)) throw new AppError('not_found', 'Unknown donor company.');
      throwIfFieldErrors([{ path: 'donorOrganisationId', code: 'donor_unknown' }]);
    }
    if (!donor!.isActive)
      throwIfFieldErrors([{ path: 'donorOrganisationId', code: 'donor_inactive' }]);
    const lot = await declareLotInTx(tx, ctx, donor!, input, { declaredBy: actor.userId });
    return {
      id: lot.id,
      reference: lot.reference,
      status: lot.status,
      expectedCount: lot.expectedCount,
    };
  });
}
