import { AppError } from '../../shared/app-error';
import { can, type TAction, type TActor } from '../../domain/policy';
import type { Executor } from '../../db/connect';
import { findOrganisation, type TOrganisationRow } from '../../db/repositories/organisations-repo';
import type { ServiceContext } from '../context';

/** The acting user, or 401. */
export function requireActor(ctx: ServiceContext): TActor {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  return ctx.actor;
}

/** True for the bank's staff (coordinators and admins). */
export function isBankActor(actor: TActor | null): boolean {
  return actor?.role === 'admin' || actor?.role === 'coordinator';
}

/**
 * The structure a call acts on: the one given, or the referent's own. Anything the actor may
 * not act on answers 404, like an unknown id, so other structures' ids reveal nothing.
 */
export async function resolveStructure(
  ctx: ServiceContext,
  ex: Executor,
  action: TAction,
  structureId: string | undefined,
  options: { forWrite?: boolean } = {},
): Promise<TOrganisationRow> {
  const actor = requireActor(ctx);
  const id = structureId ?? (isBankActor(actor) ? undefined : (actor.organisationId ?? undefined));
  if (!id) {
    throw new AppError('validation.failed', 'Choose a structure.', {
      fields: [{ path: 'structureId', code: 'required' }],
    });
  }
  const org = await findOrganisation(ex, id);
  if (!org || org.kind !== 'structure' || !can(actor, action, { organisationId: org.id })) {
    throw new AppError('not_found', 'Unknown structure.');
  }
  if (options.forWrite && !org.isActive) {
    throw new AppError('validation.failed', 'This structure is deactivated.', {
      fields: [{ path: 'structureId', code: 'structure_inactive' }],
    });
  }
  return org;
}

/** Checks that the actor may act on a record of `structureId`; 404 otherwise. */
export function assertOwns(
  ctx: ServiceContext,
  action: TAction,
  structureId: string,
  what: string,
) {
  if (!can(ctx.actor, action, { organisationId: structureId })) {
    throw new AppError('not_found', `Unknown ${what}.`);
  }
}

/** Today's date in France (YYYY-MM-DD): "not in the past" is judged on the French calendar. */
export function todayInFrance(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Throws the field errors as one 400 `validation.failed`, when there are any. */
export function throwIfFieldErrors(
  fields: { path: string; code: string; params?: Record<string, unknown> }[],
  message = 'Some fields are invalid.',
) {
  if (fields.length) throw new AppError('validation.failed', message, { fields });
}
