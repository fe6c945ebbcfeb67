import { parisDate } from '../../domain/supply/dates';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import {
  ZAcceptLot,
  ZCancelLot,
  ZCollectLot,
  ZDeclineLot,
  ZSchedulePickup,
  type TSchedulePickup,
} from '../../shared/schemas/donations';
import type { ServiceContext } from '../context';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import type { TFieldError } from '../geo/resolve-address';
import { loadLotFor } from './lot-access';
import { applyLotTransition } from './lot-transition';

/** The bank accepts a declared lot (optionally with a message to the donor). */
export async function acceptLot(ctx: ServiceContext, lotId: string, raw: unknown) {
  const input = parseInput(ZAcceptLot, raw ?? {});
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.review', { lock: true });
    return applyLotTransition(tx, ctx, lot, 'accept', { note: input.note });
  });
}

/** The bank declines a declared lot; the donor is told why. */
export async function declineLot(ctx: ServiceContext, lotId: string, raw: unknown) {
  const input = parseInput(ZDeclineLot, raw);
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.review', { lock: true });
    return applyLotTransition(tx, ctx, lot, 'decline', {
      note: input.reason,
      patch: { decisionReason: input.reason },
    });
  });
}

/** The donor (before planning) or the bank (before collection) cancels a lot, with a reason. */
export async function cancelLot(ctx: ServiceContext, lotId: string, raw: unknown) {
  const input = parseInput(ZCancelLot, raw);
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.cancel', { lock: true });
    return applyLotTransition(tx, ctx, lot, 'cancel', {
      note: input.reason,
      patch: { decisionReason: input.reason },
    });
  });
}

/**
 * Plans (or re-plans) the pickup: a date not in the past, and a carrier or one of the bank's
 * workshops. The donor gets the details by mail and a pickup confirmation PDF.
 */
export async function schedulePickup(ctx: ServiceContext, lotId: string, raw: TSchedulePickup) {
  const input = parseInput(ZSchedulePickup, raw);
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.pickup', { lock: true });
    const errors: TFieldError[] = [];
    if (input.pickupDate < parisDate(ctx.now()))
      errors.push({ path: 'pickupDate', code: 'date_in_past' });
    if (!input.carrier && !input.workshopId) {
      errors.push({ path: 'carrier', code: 'carrier_or_workshop_required' });
    }
    const workshop = input.workshopId ? await findOrganisation(tx, input.workshopId) : undefined;
    if (input.workshopId && (!workshop || workshop.kind !== 'workshop')) {
      errors.push({ path: 'workshopId', code: 'workshop_unknown' });
    }
    throwIfFieldErrors(errors);
    const by = [input.carrier, workshop?.name].filter(Boolean).join(' / ') || null;
    return applyLotTransition(tx, ctx, lot, 'schedule_pickup', {
      note: input.note,
      patch: {
        pickupDate: input.pickupDate,
        pickupTimeSlot: input.timeSlot ?? null,
        pickupCarrier: input.carrier ?? null,
        pickupWorkshopId: workshop?.id ?? null,
      },
      data: { pickupDate: input.pickupDate, timeSlot: input.timeSlot ?? null, by },
      pickup: { date: input.pickupDate, timeSlot: input.timeSlot ?? null, by },
    });
  });
}

/** The lot has left the donor's premises (by default today; never a future date). */
export async function collectLot(ctx: ServiceContext, lotId: string, raw: unknown) {
  const input = parseInput(ZCollectLot, raw ?? {});
  return ctx.db.transaction(async (tx) => {
    const lot = await loadLotFor(ctx, tx, lotId, 'donation.pickup', { lock: true });
    const today = parisDate(ctx.now());
    const collectedOn = input.collectedOn ?? today;
    if (collectedOn > today) throwIfFieldErrors([{ path: 'collectedOn', code: 'date_in_future' }]);
    return applyLotTransition(tx, ctx, lot, 'collect', {
      note: input.note,
      patch: { collectedOn },
      data: { collectedOn },
    });
  });
}
