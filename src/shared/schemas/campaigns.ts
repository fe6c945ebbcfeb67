import { z } from 'zod';
import { CAMPAIGN_STATUSES, NEED_KINDS } from '../needs-enums';
import { ZDate } from './beneficiaries';

/** A quota of devices for one network in a campaign. */
export const ZCampaignQuota = z.object({
  networkId: z.uuid(),
  quantity: z.number().int().min(0).max(10_000_000),
});

/**
 * A campaign ("Connexion d'Urgence 2020"): dates, goals in people and per kind, quotas per
 * network and eligibility rules (networks, kinds, maximum per beneficiary).
 */
export const ZCampaignInput = z.object({
  name: z.string().trim().min(2, { message: 'too_short' }).max(160),
  status: z.enum(CAMPAIGN_STATUSES).default('open'),
  startsOn: ZDate,
  endsOn: ZDate,
  goalPeople: z.number().int().min(0).max(10_000_000).default(0),
  goalsByKind: z
    .partialRecord(z.enum(NEED_KINDS), z.number().int().min(0).max(10_000_000))
    .default({}),
  offeredKinds: z.array(z.enum(NEED_KINDS)).min(1, { message: 'required' }),
  /** Networks whose structures may ask; empty = every structure. */
  eligibleNetworkIds: z.array(z.uuid()).max(100).default([]),
  /** Most devices (lines) linked to one beneficiary in the campaign; null = no limit. */
  maxPerBeneficiary: z.number().int().min(1).max(20).nullable().default(null),
  quotas: z.array(ZCampaignQuota).max(200).default([]),
});
export type TCampaignInput = z.input<typeof ZCampaignInput>;
export type TCampaignParsed = z.output<typeof ZCampaignInput>;

/** Filters of the campaign list. */
export const ZCampaignQuery = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
});

/** A coordinator allowing a beneficiary to be equipped again with a kind (lost/stolen device). */
export const ZDuplicateAllowanceInput = z.object({
  beneficiaryId: z.uuid(),
  kind: z.enum(NEED_KINDS),
  reason: z.string().trim().min(5, { message: 'too_short' }).max(500),
});
export type TDuplicateAllowanceInput = z.infer<typeof ZDuplicateAllowanceInput>;
