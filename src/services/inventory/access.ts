import type { Executor } from '../../db/connect';
import { findDevice, type TDeviceWithOwner } from '../../db/repositories/devices-repo';
import { findLocation, type TLocationRow } from '../../db/repositories/locations-repo';
import { can, POLICY, type TAction, type TActor, type TRule } from '../../domain/policy';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';

/**
 * Ownership checks of the inventory: bank staff see every location and device; a workshop
 * operator only those of their own organisation (a device belongs to the organisation of the
 * location it sits at). Anything else answers 404, so ids reveal nothing.
 */

/** True when the actor's role may act on every organisation's records for this action. */
export function seesAll(actor: TActor | null, action: TAction): boolean {
  const rule: TRule = POLICY[action];
  return !!actor?.role && !!rule.roles?.includes(actor.role);
}

/** The organisation an actor's lists are limited to, or undefined when they see everything. */
export function ownOrganisationFilter(ctx: ServiceContext, action: TAction): string | undefined {
  if (seesAll(ctx.actor, action)) return undefined;
  // An own-role actor without an organisation sees nothing: an id that matches no row.
  return ctx.actor?.organisationId ?? '00000000-0000-0000-0000-000000000000';
}

/** True when the actor may act on a record owned by this organisation. */
export function canOnOrganisation(
  ctx: ServiceContext,
  action: TAction,
  organisationId: string | null,
): boolean {
  return can(ctx.actor, action, { organisationId });
}

/** A location the actor may act on, or 404. */
export async function loadLocationFor(
  ctx: ServiceContext,
  ex: Executor,
  id: string,
  action: TAction,
): Promise<TLocationRow> {
  const location = await findLocation(ex, id);
  if (!location || !canOnOrganisation(ctx, action, location.organisationId)) {
    throw new AppError('not_found', 'Unknown location.', { locationId: id });
  }
  return location;
}

/** A device the actor may act on, or 404; `lock` holds its row until the transaction ends. */
export async function loadDeviceFor(
  ctx: ServiceContext,
  ex: Executor,
  id: string,
  action: TAction,
  options: { lock?: boolean } = {},
): Promise<TDeviceWithOwner> {
  const device = await findDevice(ex, id, options);
  if (!device || !canOnOrganisation(ctx, action, device.ownerOrganisationId)) {
    throw new AppError('not_found', 'Unknown device.', { deviceId: id });
  }
  return device;
}
