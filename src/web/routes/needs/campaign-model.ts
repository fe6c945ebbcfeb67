import { NEED_KINDS, type TNeedKind } from '../../../shared/needs-enums';
import type { TCampaignInput } from '../../../shared/schemas/campaigns';
import type { TCampaignFull } from '../../api/needs';
import { formPathMatcher } from '../../lib/field-errors';

/** A campaign as the editor holds it ('' for an empty number). */
export interface TCampaignValues {
  name: string;
  status: string;
  startsOn: string;
  endsOn: string;
  goalPeople: number | string;
  goalsByKind: Record<TNeedKind, number | string>;
  offeredKinds: string[];
  eligibleNetworkIds: string[];
  maxPerBeneficiary: number | string;
  quotas: { networkId: string; quantity: number | string }[];
}

const noGoals = () =>
  Object.fromEntries(NEED_KINDS.map((k) => [k, ''])) as Record<TNeedKind, number | string>;

/** A new campaign: open, from today for three months. */
export function blankCampaign(): TCampaignValues {
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    name: '',
    status: 'open',
    startsOn: iso(today),
    endsOn: iso(new Date(today.getTime() + 90 * 86_400_000)),
    goalPeople: 0,
    goalsByKind: noGoals(),
    offeredKinds: [],
    eligibleNetworkIds: [],
    maxPerBeneficiary: '',
    quotas: [],
  };
}

/** A saved campaign as editor values. */
export function campaignValues(c: TCampaignFull): TCampaignValues {
  return {
    name: c.name,
    status: c.status,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    goalPeople: c.goalPeople,
    goalsByKind: { ...noGoals(), ...c.goalsByKind },
    offeredKinds: [...c.offeredKinds],
    eligibleNetworkIds: [...c.eligibleNetworkIds],
    maxPerBeneficiary: c.maxPerBeneficiary ?? '',
    quotas: c.quotas.map((q) => ({ networkId: q.networkId, quantity: q.quantity })),
  };
}

const num = (v: number | string) => (v === '' ? NaN : Number(v));

/** The editor's values as the API's input (goals only for offered kinds that have one). */
export function campaignInput(v: TCampaignValues): TCampaignInput {
  const goals: Partial<Record<TNeedKind, number>> = {};
  for (const k of v.offeredKinds as TNeedKind[]) {
    if (v.goalsByKind[k] !== '') goals[k] = num(v.goalsByKind[k]);
  }
  return {
    name: v.name,
    status: v.status as TCampaignInput['status'],
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    goalPeople: v.goalPeople === '' ? 0 : num(v.goalPeople),
    goalsByKind: goals,
    offeredKinds: v.offeredKinds as TNeedKind[],
    eligibleNetworkIds: v.eligibleNetworkIds,
    maxPerBeneficiary: v.maxPerBeneficiary === '' ? null : num(v.maxPerBeneficiary),
    quotas: v.quotas.map((q) => ({ networkId: q.networkId, quantity: num(q.quantity) })),
  };
}

/** Which API field paths the editor shows. */
export const isCampaignPath = formPathMatcher(
  [
    'name',
    'status',
    'startsOn',
    'endsOn',
    'goalPeople',
    'offeredKinds',
    'eligibleNetworkIds',
    'maxPerBeneficiary',
    'quotas',
    ...NEED_KINDS.map((k) => `goalsByKind.${k}`),
  ],
  { quotas: ['networkId', 'quantity'] },
);
