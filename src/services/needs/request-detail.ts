import type { Executor } from '../../db/connect';
import type { TActor } from '../../domain/policy';
import {
  allowedEvents,
  nextStep,
  REQUEST_EVENT_ACTOR,
  waitingFor,
} from '../../domain/needs/request-lifecycle';
import {
  listLines,
  listLinks,
  listRequestEvents,
  type TRequestLineRow,
  type TRequestRow,
} from '../../db/repositories/requests-repo';
import { findBeneficiariesByIds } from '../../db/repositories/beneficiaries-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { findCampaign } from '../../db/repositories/campaigns-repo';
import type { TRequestParsed } from '../../shared/schemas/requests';
import { isBankActor } from './scope';

/** The number people read: D-000042. */
export function requestReference(n: number): string {
  return `D-${String(n).padStart(6, '0')}`;
}

/** A request's lines with the ids of the beneficiaries each one equips. */
export async function loadLinesWithLinks(ex: Executor, requestIds: string[]) {
  const lines = await listLines(ex, requestIds);
  const links = await listLinks(
    ex,
    lines.map((l) => l.id),
  );
  return lines.map((l) => ({
    ...l,
    beneficiaryIds: links.filter((k) => k.lineId === l.id).map((k) => k.beneficiaryId),
  }));
}

/** A line with its beneficiaries' ids. */
export type TLineWithLinks = TRequestLineRow & { beneficiaryIds: string[] };

/** The stored request as an input again (to re-check it before submission). */
export function toRequestInput(
  r: TRequestRow,
  lines: TLineWithLinks[],
): Omit<TRequestParsed, 'structureId'> {
  return {
    campaignId: r.campaignId,
    networkId: r.networkId,
    urgency: r.urgency,
    urgencyReason: r.urgencyReason,
    urgencyText: r.urgencyText,
    deliveryAddressId: r.deliveryAddressId ?? '00000000-0000-0000-0000-000000000000',
    preferredFrom: r.preferredFrom,
    preferredTo: r.preferredTo,
    comment: r.comment,
    lines: lines.map((l) => ({
      kind: l.kind,
      quantity: l.quantity,
      minTier: l.minTier,
      beneficiaryIds: l.beneficiaryIds,
    })),
  };
}

/**
 * Everything the structure (and the bank) sees of a request: where it stands, who it waits
 * for, what comes next, lines with decisions and beneficiaries, and the human history.
 * Weight overrides and override reasons are the bank's and hidden from structures.
 */
export async function loadRequestDetail(ex: Executor, r: TRequestRow, actor: TActor | null) {
  const bank = isBankActor(actor);
  const [lines, events, structure, campaign, network] = await Promise.all([
    loadLinesWithLinks(ex, [r.id]),
    listRequestEvents(ex, r.id),
    findOrganisation(ex, r.structureId),
    findCampaign(ex, r.campaignId),
    r.networkId ? findOrganisation(ex, r.networkId) : Promise.resolve(undefined),
  ]);
  const refs = new Map(
    (await findBeneficiariesByIds(ex, [...new Set(lines.flatMap((l) => l.beneficiaryIds))])).map(
      (b) => [b.id, b.reference],
    ),
  );
  const side = bank ? ['bank', 'structure'] : ['structure'];
  return {
    id: r.id,
    number: r.number,
    reference: requestReference(r.number),
    status: r.status,
    waitingFor: waitingFor(r.status),
    nextStep: nextStep(r.status),
    allowedEvents: allowedEvents(r.status).filter((e) => side.includes(REQUEST_EVENT_ACTOR[e])),
    structure: { id: r.structureId, name: structure?.name ?? '' },
    campaign: { id: r.campaignId, name: campaign?.name ?? '' },
    network: network ? { id: network.id, name: network.name } : null,
    urgency: r.urgency,
    urgencyReason: r.urgencyReason,
    urgencyText: r.urgencyText,
    deliveryAddressId: r.deliveryAddressId,
    delivery: r.delivery,
    preferredFrom: r.preferredFrom,
    preferredTo: r.preferredTo,
    comment: r.comment,
    statusReason: r.statusReason,
    ...(bank ? { quotaOverrideReason: r.quotaOverrideReason } : {}),
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      kind: l.kind,
      quantity: l.quantity,
      minTier: l.minTier,
      approvedQuantity: l.approvedQuantity,
      decisionReason: l.decisionReason,
      allocatedQuantity: l.allocatedQuantity,
      fulfilledQuantity: l.fulfilledQuantity,
      handedOverQuantity: l.handedOverQuantity,
      ...(bank
        ? { weightOverride: l.weightOverride, weightOverrideReason: l.weightOverrideReason }
        : {}),
      beneficiaries: l.beneficiaryIds.map((id) => ({ id, reference: refs.get(id) ?? '' })),
    })),
    totals: {
      asked: lines.reduce((s, l) => s + l.quantity, 0),
      approved: lines.some((l) => l.approvedQuantity != null)
        ? lines.reduce((s, l) => s + (l.approvedQuantity ?? 0), 0)
        : null,
    },
    events: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      message: e.message,
      actorName: e.actorName,
      ...(bank ? { data: e.data } : {}),
    })),
  };
}
