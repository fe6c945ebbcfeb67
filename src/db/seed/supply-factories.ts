import type { Executor } from '../connect';
import { donationLotEvents, donationLotLines, donationLots, grants, settings } from '../schema';
import type { TDeviceKind } from '../../shared/inventory';
import type { TDonationStatus } from '../../shared/supply-enums';
import type { TReceiptIssuer } from '../../domain/supply/tax-receipt';
import { buildOrganisation, fakeSiren } from './factories';

/** Factories of the supply area (donors, funders, suppliers, grants, lots, receipt settings). */

let seq = 0;
const next = () => ++seq;

/** A donor company with a valid (invented) SIREN unless `legalId` is given (null: none). */
export function buildDonor(ex: Executor, options: { name?: string; legalId?: string | null } = {}) {
  const n = next();
  return buildOrganisation(ex, {
    kind: 'donor',
    name: options.name ?? `Entreprise donatrice ${n}`,
    legalId: options.legalId === undefined ? fakeSiren(5000 + n) : options.legalId,
  });
}

/** A funder (company, foundation, public authority). */
export function buildFunder(ex: Executor, name?: string) {
  return buildOrganisation(ex, { kind: 'funder', name: name ?? `Fondation ${next()}` });
}

/** A supplier of refurbished devices. */
export function buildSupplier(ex: Executor, name?: string) {
  return buildOrganisation(ex, { kind: 'supplier', name: name ?? `Reconditionneur ${next()}` });
}

/** A grant (funder created when not given), 100,000 € over 2026 by default, unrestricted. */
export async function buildGrant(
  ex: Executor,
  overrides: Partial<typeof grants.$inferInsert> = {},
) {
  const funderId = overrides.funderId ?? (await buildFunder(ex)).id;
  const [row] = await ex
    .insert(grants)
    .values({
      name: `Financement ${next()}`,
      pledgedCents: 10_000_000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      ...overrides,
      funderId,
    })
    .returning();
  return row!;
}

/**
 * A donation lot straight in the database (for tests of later steps and the demo seed), in the
 * given status, with one line of `count` devices of `kind` unless lines are given.
 */
export async function buildDonationLot(
  ex: Executor,
  options: {
    donorOrganisationId?: string;
    status?: TDonationStatus;
    lines?: {
      kind: TDeviceKind;
      count: number;
      ageYears?: number;
      brand?: string;
      model?: string;
    }[];
    at?: Date;
  } = {},
) {
  const donorId = options.donorOrganisationId ?? (await buildDonor(ex)).id;
  const lines = options.lines ?? [{ kind: 'laptop' as const, count: 10 }];
  const at = options.at ?? new Date('2026-03-02T09:00:00Z');
  const n = next();
  const [lot] = await ex
    .insert(donationLots)
    .values({
      reference: `DON-T-${String(n).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`,
      donorOrganisationId: donorId,
      status: options.status ?? 'declared',
      expectedCount: lines.reduce((s, l) => s + l.count, 0),
      pickupLine1: `${n} rue du Don`,
      pickupPostalCode: '75011',
      pickupCommuneCode: '75056',
      pickupCommuneName: 'Paris',
      pickupDepartementCode: '75',
      pickupRegionCode: '11',
      availableFrom: '2026-03-10',
      availableUntil: '2026-03-31',
      siteContactName: 'Accueil',
      siteContactPhone: '01 23 45 67 89',
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const lineRows = await ex
    .insert(donationLotLines)
    .values(
      lines.map((l, i) => ({
        lotId: lot!.id,
        position: i + 1,
        kind: l.kind,
        count: l.count,
        ageYears: l.ageYears ?? 3,
        brand: l.brand ?? null,
        model: l.model ?? null,
        condition: 'working' as const,
        drives: 'inside' as const,
      })),
    )
    .returning();
  await ex.insert(donationLotEvents).values({ lotId: lot!.id, at, toStatus: lot!.status });
  return { lot: lot!, lines: lineRows.sort((a, b) => a.position - b.position) };
}

/** The bank's details printed on tax receipts (settings), complete. */
export async function buildReceiptIssuer(ex: Executor, overrides: Partial<TReceiptIssuer> = {}) {
  const value: TReceiptIssuer = {
    name: 'Banque solidaire du numérique',
    addressLine1: '7 rue de l’Entraide',
    postalCode: '75011',
    city: 'Paris',
    sirenOrRna: 'W751234567',
    object:
      'Favoriser l’inclusion numérique des personnes en difficulté en leur fournissant du matériel.',
    qualification: 'interet_general',
    signatoryName: 'Claire Dupont',
    signatoryTitle: 'Présidente',
    place: 'Paris',
    ...overrides,
  };
  await ex
    .insert(settings)
    .values({ key: 'tax_receipt_issuer', value })
    .onConflictDoUpdate({ target: settings.key, set: { value } });
  return value;
}
