import type { Executor } from '../../db/connect';
import { findLot, type TLotRow } from '../../db/repositories/donation-lots-repo';
import { can, type TAction, type TActor } from '../../domain/policy';
import type { TDonationParty } from '../../domain/supply/donation-lifecycle';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';

/**
 * Who may see and act on a donation lot: the bank's staff every lot, workshop operators every
 * lot for reception, a donor contact only its own company's lots. Anything else answers 404,
 * so another company's lot ids reveal nothing.
 */

/** The acting user, or 401. */
export function requireActor(ctx: ServiceContext): TActor {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  return ctx.actor;
}

/** True for the bank's staff (coordinators and admins). */
export function isBank(actor: TActor | null): boolean {
  return actor?.role === 'admin' || actor?.role === 'coordinator';
}

/** The side an actor is on in a lot's lifecycle. */
export function partyOf(actor: TActor | null): TDonationParty {
  if (isBank(actor)) return 'bank';
  if (actor?.role === 'workshop_operator') return 'warehouse';
  return 'donor';
}

/** A lot the actor may act on with `action`, or 404; `lock` holds its row for the transaction. */
export async function loadLotFor(
  ctx: ServiceContext,
  ex: Executor,
  id: string,
  action: TAction,
  options: { lock?: boolean } = {},
): Promise<TLotRow> {
  const lot = await findLot(ex, id, options);
  if (!lot || !can(ctx.actor, action, { organisationId: lot.donorOrganisationId })) {
    throw new AppError('not_found', 'Unknown donation lot.', { lotId: id });
  }
  return lot;
}

/** Link to a lot in the web app (mails). */
export function lotLink(ctx: ServiceContext, lotId: string): string {
  return `${ctx.config.publicUrl}/donations/${lotId}`;
}

/** "DON-2026-000042": a lot's reference from its year and rank. */
export function lotReference(year: number, sequence: number): string {
  return `DON-${year}-${String(sequence).padStart(6, '0')}`;
}
