import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Db } from '../src/db/connect';
import type { TActor } from '../src/domain/policy';
import { buildApp } from '../src/server/app';
import type { TApp } from '../src/server/types';
import type { ServiceContext } from '../src/services/context';
import type { TDonationLotInput, TPublicDonationInput } from '../src/shared/schemas/donations';
import type { TRole } from '../src/shared/enums';
import { testConfig } from './app';
import { useTestDatabase } from './db';
import { AppError } from '../src/shared/app-error';
import {
  buildLocation,
  buildNetwork,
  buildSpecTier,
  buildSupplier,
  buildUser,
  fakeSiren,
} from './factories';

/** Test helpers of the supply area (issue 4): a fixed clock, actors, PDF text. */

/** The fixed "now" of supply tests: Monday 2 March 2026, 10:00 in Paris. */
export const SUPPLY_NOW = new Date('2026-03-02T09:00:00Z');

/** An app on a fresh database with a fixed clock (pickup dates are judged against it). */
export function useSupplyApp(now: Date = SUPPLY_NOW) {
  const t = useTestDatabase();
  const holder = {} as { app: TApp; database: Database; clock: { now: Date } };
  holder.clock = { now };
  beforeAll(async () => {
    const built = await buildApp({
      database: t.database,
      config: testConfig(),
      serveWeb: false,
      now: () => holder.clock.now,
    });
    holder.app = built.app;
    holder.database = t.database;
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}

/** A user with a role (organisation created when not given) and the actor they act as. */
export async function buildActor(
  ex: Db,
  role: TRole,
  organisationId?: string,
): Promise<{ actor: TActor; email: string; userId: string; organisationId: string }> {
  const { user, membership } = await buildUser(ex, {
    role,
    ...(organisationId ? { organisationId } : {}),
  });
  return {
    actor: {
      userId: user.id,
      membershipId: membership.id,
      role,
      organisationId: membership.organisationId,
      organisationKind: null,
    },
    email: user.email,
    userId: user.id,
    organisationId: membership.organisationId,
  };
}

/** A service context for an actor at the fixed time. */
export function ctxFor(db: Db, actor: TActor | null, now: Date = SUPPLY_NOW): ServiceContext {
  return { db, actor, now: () => now, config: testConfig() };
}

/** A declaration of `count` laptops, 3 years old, available from 5 to 20 March 2026. */
export function lotInput(
  overrides: Partial<TDonationLotInput> = {},
  count = 20,
): TDonationLotInput {
  return {
    lines: [
      {
        kind: 'laptop',
        count,
        brand: 'Dell',
        model: 'Latitude 5490',
        ageYears: 3,
        drives: 'inside',
      },
    ],
    pickupAddress: { line1: '12 rue de la Paix', postalCode: '75002' },
    availableFrom: '2026-03-05',
    availableUntil: '2026-03-20',
    siteContact: { name: 'Mme Martin', phone: '01 02 03 04 05' },
    ...overrides,
  };
}

/** The public donation form filled in by a new company (SIREN of `n`), with a 20-laptop lot. */
export function publicDonationInput(
  n = 1,
  overrides: { company?: object; contact?: object; lot?: Partial<TDonationLotInput> } = {},
): TPublicDonationInput {
  return {
    company: {
      name: `Entreprise ${n} SAS`,
      legalId: fakeSiren(n),
      address: { line1: '8 avenue de l’Opéra', postalCode: '75001' },
      ...overrides.company,
    },
    contact: {
      displayName: 'Alice Donatrice',
      email: `alice${n}@company.test`,
      phone: '06 12 34 56 78',
      ...overrides.contact,
    },
    lot: lotInput(overrides.lot),
  };
}

/** The text of a PDF, as `pdftotext` (poppler-utils) extracts it, whitespace normalised. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/[ \t]+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The AppError a promise rejects with (fails the test when it resolves or throws another error). */
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** "path:code" of each field error of a validation failure. */
export function fieldCodes(e: AppError): string[] {
  return ((e.details?.fields ?? []) as { code: string; path: string }[]).map(
    (f) => `${f.path}:${f.code}`,
  );
}

/** The purchase tests' world: a coordinator (and context), a supplier, a tier-1 laptop spec,
 * a bank location and the ASE network. */
export async function buildPurchaseWorld(db: Db) {
  const bank = await buildActor(db, 'coordinator');
  const ctx = ctxFor(db, bank.actor);
  const supplier = await buildSupplier(db);
  const tier = await buildSpecTier(db, {
    number: 1,
    kind: 'laptop',
    minRamMb: 8192,
    minStorageGb: 240,
    storageType: 'ssd',
  });
  const location = await buildLocation(db, { organisationId: bank.organisationId });
  const ase = await buildNetwork(db, 'ASE');
  return { db, ctx, supplier, tier, location, ase };
}

/** An order of 100 tier-1 laptops at 189 € excl. VAT, 20 % VAT, paid by the given grants. */
export const order100 = (
  supplierId: string,
  tierId: string,
  grants: { grantId: string; amountCents: number }[],
) => ({
  supplierId,
  lines: [
    {
      kind: 'laptop' as const,
      specTierId: tierId,
      quantity: 100,
      unitPriceCents: 189_00,
      vatRateBp: 2000,
    },
  ],
  grants,
});
