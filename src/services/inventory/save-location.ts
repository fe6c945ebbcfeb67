import { findOrganisation } from '../../db/repositories/organisations-repo';
import {
  findLocation,
  insertLocation,
  updateLocation as updateLocationRow,
} from '../../db/repositories/locations-repo';
import type { TOrganisationKind } from '../../shared/enums';
import { AppError } from '../../shared/app-error';
import { ZLocationInput } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation, loadLocationFor } from './access';
import { parseInput, pgErrorCode, throwIfFieldErrors } from './parse-input';

/** Organisations that hold stock. */
const HOLDERS: readonly TOrganisationKind[] = ['bank', 'warehouse', 'workshop', 'welcome_point'];

async function checkOrganisation(ctx: ServiceContext, organisationId: string) {
  const org = await findOrganisation(ctx.db, organisationId);
  if (!org || !canOnOrganisation(ctx, 'location.manage', org.id)) {
    throwIfFieldErrors([{ path: 'organisationId', code: 'organisation_unknown' }]);
  }
  if (!HOLDERS.includes(org!.kind)) {
    throwIfFieldErrors([
      {
        path: 'organisationId',
        code: 'organisation_cannot_hold_stock',
        params: { kind: org!.kind },
      },
    ]);
  }
}

function nameTaken(error: unknown): never {
  if (pgErrorCode(error) === '23505') {
    throw new AppError(
      'validation.failed',
      'This organisation already has a location with this name.',
      {
        fields: [{ path: 'name', code: 'name_taken' }],
      },
    );
  }
  throw error;
}

/** Creates a stock location of an organisation (warehouse, workshop bay, welcome point…). */
export async function createLocation(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZLocationInput, raw);
  await checkOrganisation(ctx, input.organisationId);
  return ctx.db
    .transaction(async (tx) => {
      const location = await insertLocation(tx, {
        ...input,
        code: input.code ?? null,
        departementCode: input.departementCode ?? null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        createdAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'location.create',
        entityType: 'location',
        entityId: location.id,
        after: location,
      });
      return location;
    })
    .catch(nameTaken);
}

/** Edits a location; its organisation cannot change (its ledger history stays with it). */
export async function updateLocation(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZLocationInput, raw);
  return ctx.db
    .transaction(async (tx) => {
      const before = await loadLocationFor(ctx, tx, id, 'location.manage');
      if (input.organisationId !== before.organisationId) {
        throwIfFieldErrors([{ path: 'organisationId', code: 'organisation_immutable' }]);
      }
      const after = await updateLocationRow(tx, id, {
        name: input.name,
        kind: input.kind,
        code: input.code ?? null,
        shelfCodes: input.shelfCodes,
        departementCode: input.departementCode ?? null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        isActive: input.isActive,
      });
      await recordAudit(tx, ctx, {
        action: 'location.update',
        entityType: 'location',
        entityId: id,
        before,
        after,
      });
      return after ?? (await findLocation(tx, id))!;
    })
    .catch(nameTaken);
}
