import type { Executor } from '../../db/connect';
import {
  countReceivedByLine,
  listDiscrepancies,
  listLotEvents,
  listLotLines,
  lotDeviceStates,
  searchLots,
  type TLotRow,
} from '../../db/repositories/donation-lots-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { receiptsOfLot } from '../../db/repositories/tax-receipts-repo';
import { allowedDonationEvents, DONATION_STEPS } from '../../domain/supply/donation-lifecycle';
import { ZLotQuery } from '../../shared/schemas/donations';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { handoverReach } from '../../db/repositories/impact-repo';
import { impactOf } from './impact';
import { isBank, loadLotFor, partyOf, requireActor } from './lot-access';

/** Lots the actor may see: all for the bank and workshops, its own company's for a donor. */
export async function listLots(ctx: ServiceContext, raw: unknown) {
  const q = parseInput(ZLotQuery, raw ?? {});
  const actor = requireActor(ctx);
  const ownOnly = actor.role === 'donor_contact';
  const donorId = ownOnly
    ? (actor.organisationId ?? '00000000-0000-0000-0000-000000000000')
    : q.donorId;
  if (ownOnly && q.donorId && q.donorId !== donorId) return { items: [], total: 0 };
  const { rows, total } = await searchLots(ctx.db, { ...q, statuses: q.status, donorId });
  return {
    total,
    items: rows.map(({ lot, donorName }) => ({
      id: lot.id,
      reference: lot.reference,
      status: lot.status,
      donor: { id: lot.donorOrganisationId, name: donorName },
      expectedCount: lot.expectedCount,
      pickupDepartementCode: lot.pickupDepartementCode,
      availableFrom: lot.availableFrom,
      availableUntil: lot.availableUntil,
      pickupDate: lot.pickupDate,
      createdAt: lot.createdAt,
    })),
  };
}

/** Everything about a lot as its page shows it (the donor sees its own lots only). */
export async function getLot(ctx: ServiceContext, id: string) {
  const lot = await loadLotFor(ctx, ctx.db, id, 'donation.read');
  return lotDetail(ctx, ctx.db, lot);
}

/** The detail of a lot (lines with counts, history, discrepancies, outcome, receipts). */
export async function lotDetail(ctx: ServiceContext, ex: Executor, lot: TLotRow) {
  const [donor, lines, counts, history, discrepancies, states, receipts, workshop] =
    await Promise.all([
      findOrganisation(ex, lot.donorOrganisationId),
      listLotLines(ex, lot.id),
      countReceivedByLine(ex, lot.id),
      listLotEvents(ex, lot.id),
      listDiscrepancies(ex, lot.id),
      lotDeviceStates(ex, [lot.id]),
      receiptsOfLot(ex, lot.id),
      lot.pickupWorkshopId
        ? findOrganisation(ex, lot.pickupWorkshopId)
        : Promise.resolve(undefined),
    ]);
  const impact = impactOf(states, await handoverReach(ex, { lotId: lot.id }));
  const received = [...counts.values()].reduce((s, n) => s + n, 0);
  const bankView = isBank(ctx.actor);
  return {
    id: lot.id,
    reference: lot.reference,
    status: lot.status,
    steps: DONATION_STEPS,
    allowedEvents: allowedDonationEvents(lot.status, partyOf(ctx.actor)),
    donor: {
      id: lot.donorOrganisationId,
      name: donor?.name ?? '',
      legalId: donor?.legalId ?? null,
    },
    expectedCount: lot.expectedCount,
    receivedCount: received,
    pickupAddress: {
      line1: lot.pickupLine1,
      line2: lot.pickupLine2,
      postalCode: lot.pickupPostalCode,
      communeCode: lot.pickupCommuneCode,
      communeName: lot.pickupCommuneName,
      departementCode: lot.pickupDepartementCode,
      regionCode: lot.pickupRegionCode,
    },
    availableFrom: lot.availableFrom,
    availableUntil: lot.availableUntil,
    siteContact: {
      name: lot.siteContactName,
      phone: lot.siteContactPhone,
      email: lot.siteContactEmail,
    },
    notes: lot.notes,
    decisionReason: lot.decisionReason,
    pickup: lot.pickupDate
      ? {
          date: lot.pickupDate,
          timeSlot: lot.pickupTimeSlot,
          carrier: lot.pickupCarrier,
          workshop: workshop ? { id: workshop.id, name: workshop.name } : null,
        }
      : null,
    collectedOn: lot.collectedOn,
    receivedAt: lot.receivedAt,
    processedAt: lot.processedAt,
    closedAt: lot.closedAt,
    createdAt: lot.createdAt,
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      kind: l.kind,
      count: l.count,
      brand: l.brand,
      model: l.model,
      ageYears: l.ageYears,
      condition: l.condition,
      drives: l.drives,
      assetTags: l.assetTags,
      notes: l.notes,
      receivedCount: counts.get(l.id) ?? 0,
    })),
    history: history.map((h) => ({
      at: h.at,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
    })),
    discrepancies: discrepancies.map((d) => ({
      lineId: d.lineId,
      expectedCount: d.expectedCount,
      receivedCount: d.receivedCount,
      reason: d.reason,
      recordedAt: d.recordedAt,
    })),
    impact,
    receipts: receipts.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      issuedAt: r.issuedAt,
      valuationCents: r.valuationCents,
      ...(bankView ? { cancelReason: r.cancelReason } : {}),
    })),
    documents: {
      pickupConfirmation: !!lot.pickupDate && lot.status !== 'cancelled',
      impactReport: received > 0,
    },
  };
}
