import type { Executor } from '../../db/connect';
import {
  insertLotEvent,
  listDonorContacts,
  updateLot,
  type TLotRow,
} from '../../db/repositories/donation-lots-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { transitionDonation, type TDonationEvent } from '../../domain/supply/donation-lifecycle';
import { AppError } from '../../shared/app-error';
import type { TDonationStatus } from '../../shared/supply-enums';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import type { TSupplyMailTemplate } from '../mail/supply-templates';
import { lotLink, partyOf } from './lot-access';

/** Refuses an event the lifecycle table does not allow from the lot's status for this actor. */
export function assertLotTransition(
  ctx: ServiceContext,
  lot: TLotRow,
  event: TDonationEvent,
): TDonationStatus {
  const t = transitionDonation(lot.status, event, partyOf(ctx.actor));
  if (!t.ok) {
    throw new AppError(
      'donation.invalid_state',
      `A lot that is ${lot.status} cannot take "${event}".`,
      {
        from: lot.status,
        event,
      },
    );
  }
  return t.status;
}

/** Tells the donor company's contacts about a lot (in the caller's transaction). */
export async function mailDonor(
  tx: Executor,
  ctx: ServiceContext,
  lot: TLotRow,
  extra: Pick<TSupplyMailTemplate, 'note' | 'pickup'> = { note: null },
) {
  const [donor, contacts] = await Promise.all([
    findOrganisation(tx, lot.donorOrganisationId),
    listDonorContacts(tx, lot.donorOrganisationId),
  ]);
  for (const c of contacts) {
    await sendMail(tx, ctx, c.email, c.locale, {
      kind: 'donation_update',
      reference: lot.reference,
      companyName: donor?.name ?? '',
      status: lot.status,
      link: lotLink(ctx, lot.id),
      ...extra,
    });
  }
}

/**
 * Moves a lot through the lifecycle table in the caller's transaction: the row, a line of the
 * history the donor sees, the audit trail, and a mail to the donor's contacts.
 */
export async function applyLotTransition(
  tx: Executor,
  ctx: ServiceContext,
  lot: TLotRow,
  event: TDonationEvent,
  options: {
    note?: string | null | undefined;
    patch?: Parameters<typeof updateLot>[2];
    data?: Record<string, unknown>;
    pickup?: TSupplyMailTemplate['pickup'];
  } = {},
): Promise<TLotRow> {
  const to = assertLotTransition(ctx, lot, event);
  const now = ctx.now();
  const updated = await updateLot(tx, lot.id, { ...options.patch, status: to, updatedAt: now });
  await insertLotEvent(tx, {
    lotId: lot.id,
    at: now,
    actorUserId: ctx.actor?.userId ?? null,
    fromStatus: lot.status,
    toStatus: to,
    note: options.note ?? null,
    data: options.data ?? null,
  });
  await recordAudit(tx, ctx, {
    action: `donation.${event}`,
    entityType: 'donation_lot',
    entityId: lot.id,
    before: { status: lot.status },
    after: { status: to, ...(options.note ? { note: options.note } : {}), ...options.data },
  });
  await mailDonor(tx, ctx, updated, { note: options.note ?? null, pickup: options.pickup ?? null });
  return updated;
}
