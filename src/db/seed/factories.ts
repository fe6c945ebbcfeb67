import type { Executor } from '../connect';
import {
  memberships,
  organisationAddresses,
  organisations,
  structureNetworks,
  users,
} from '../schema';
import type { TOrganisationKind, TRole, TStructureType } from '../../shared/enums';
import { hashPassword } from '../../services/accounts/passwords';

/**
 * Factories: create rows with sensible defaults and any missing parents. Tests use them, and
 * so does the demo seed, so both describe the same world.
 */

let seq = 0;
const next = () => ++seq;

/** Password of every user a factory creates unless told otherwise. */
export const FACTORY_PASSWORD = 'passerelle-demo-2026';
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

/** An organisation of any kind. */
export async function buildOrganisation(
  ex: Executor,
  overrides: Partial<typeof organisations.$inferInsert> & { kind?: TOrganisationKind } = {},
) {
  const n = next();
  const [row] = await ex
    .insert(organisations)
    .values({ kind: 'bank', name: `Organisation ${n}`, ...overrides })
    .returning();
  return row!;
}

/** A network (federation or programme). */
export function buildNetwork(ex: Executor, name?: string) {
  return buildOrganisation(ex, { kind: 'network', name: name ?? `Réseau ${next()}` });
}

/** A structure with one delivery address, in the given networks (a new network if none). */
export async function buildStructure(
  ex: Executor,
  options: {
    name?: string;
    structureType?: TStructureType;
    networkIds?: string[];
    legalId?: string | null;
    address?: {
      line1?: string;
      postalCode: string;
      communeCode: string;
      communeName: string;
      departementCode: string;
      regionCode: string;
      lat?: number | null;
      lon?: number | null;
    };
    email?: string | null;
  } = {},
) {
  const address = options.address ?? {
    postalCode: '75011',
    communeCode: '75056',
    communeName: 'Paris',
    departementCode: '75',
    regionCode: '11',
  };
  const structure = await buildOrganisation(ex, {
    kind: 'structure',
    name: options.name ?? `Structure ${next()}`,
    structureType: options.structureType ?? 'association',
    departementCode: address.departementCode,
    legalId: options.legalId ?? null,
    email: options.email ?? null,
  });
  await ex.insert(organisationAddresses).values({
    organisationId: structure.id,
    label: 'Siège',
    line1: address.line1 ?? `${next()} rue de la République`,
    postalCode: address.postalCode,
    communeCode: address.communeCode,
    communeName: address.communeName,
    departementCode: address.departementCode,
    regionCode: address.regionCode,
    lat: address.lat ?? null,
    lon: address.lon ?? null,
    isDelivery: true,
  });
  const networkIds = options.networkIds ?? [(await buildNetwork(ex)).id];
  if (networkIds.length) {
    await ex
      .insert(structureNetworks)
      .values(networkIds.map((networkId) => ({ structureId: structure.id, networkId })));
  }
  return structure;
}

/** A user holding one role in an organisation (created when not given). */
export async function buildUser(
  ex: Executor,
  options: {
    role?: TRole;
    organisationId?: string;
    email?: string;
    displayName?: string;
    password?: string | null;
    locale?: 'fr' | 'en';
  } = {},
) {
  const role = options.role ?? 'coordinator';
  const organisationId =
    options.organisationId ?? (await buildOrganisation(ex, { kind: defaultKindFor(role) })).id;
  const n = next();
  const password = options.password === undefined ? FACTORY_PASSWORD : options.password;
  const [user] = await ex
    .insert(users)
    .values({
      email: (options.email ?? `user${n}-${Date.now()}@example.org`).toLowerCase(),
      displayName: options.displayName ?? `Utilisatrice ${n}`,
      passwordHash: password ? await cachedHash(password) : null,
      locale: options.locale ?? 'fr',
    })
    .returning();
  const [membership] = await ex
    .insert(memberships)
    .values({ userId: user!.id, organisationId, role })
    .returning();
  return { user: user!, membership: membership!, password };
}

/** The kind of organisation a role usually belongs to. */
export function defaultKindFor(role: TRole): TOrganisationKind {
  switch (role) {
    case 'admin':
    case 'coordinator':
      return 'bank';
    case 'workshop_operator':
      return 'workshop';
    case 'referent':
      return 'structure';
    case 'donor_contact':
      return 'donor';
    case 'funder':
      return 'funder';
    case 'volunteer':
      return 'welcome_point';
  }
}

/** Luhn check digit that makes `payload + digit` valid (SIREN and SIRET use Luhn). */
function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) {
    let sum = 0;
    const digits = payload + String(d);
    for (let i = 0; i < digits.length; i++) {
      let v = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return String(d);
  }
  throw new Error('unreachable');
}

/**
 * A well-formed (Luhn-valid) but invented SIREN, the same for the same `n`: tests and the demo
 * seed need valid numbers without borrowing a real company's.
 */
export function fakeSiren(n: number): string {
  // Starts with 9: INSEE has not attributed that range to companies, so no clash with a real one
  // is likely (the check is only a checksum anyway).
  const base = `9${String((n * 7_919_071 + 1_234_567) % 10_000_000).padStart(7, '0')}`;
  return base + luhnCheckDigit(base);
}

/** A Luhn-valid invented SIRET: the SIREN of `n` plus establishment number `establishment`. */
export function fakeSiret(n: number, establishment = 1): string {
  const base = fakeSiren(n) + String(establishment % 10_000).padStart(4, '0');
  return base + luhnCheckDigit(base);
}

/** A resolved postal address to attach to an organisation (see `resolveAddress`). */
export interface TFactoryAddress {
  label?: string;
  line1?: string;
  line2?: string | null;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departementCode: string;
  regionCode: string;
  isDelivery?: boolean;
}

/** Adds an address to an organisation (a structure may have several delivery addresses). */
export async function buildAddress(ex: Executor, organisationId: string, address: TFactoryAddress) {
  const [row] = await ex
    .insert(organisationAddresses)
    .values({
      organisationId,
      label: address.label ?? 'Adresse',
      line1: address.line1 ?? `${next()} avenue de la Liberté`,
      line2: address.line2 ?? null,
      postalCode: address.postalCode,
      communeCode: address.communeCode,
      communeName: address.communeName,
      departementCode: address.departementCode,
      regionCode: address.regionCode,
      isDelivery: address.isDelivery ?? true,
    })
    .returning();
  return row!;
}

/** Gives an existing user one more role in an organisation (to test the role switcher). */
export async function buildMembership(
  ex: Executor,
  options: { userId: string; organisationId: string; role: TRole },
) {
  const [row] = await ex.insert(memberships).values(options).returning();
  return row!;
}

/** Factories of the needs area (campaigns, beneficiaries, requests). */
export * from './needs-factories';

/** Factories of the workshop and inventory area (locations, items, tiers, devices). */
export * from './inventory-factories';

/** Factories of the supply area (donors, funders, suppliers, grants, lots, receipt settings). */
export * from './supply-factories';
