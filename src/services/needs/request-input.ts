import type { Executor } from '../../db/connect';
import type { TRequestParsed } from '../../shared/schemas/requests';
import {
  listAddresses,
  listNetworksOf,
  type TOrganisationRow,
} from '../../db/repositories/organisations-repo';
import { findCampaign, type TCampaignRow } from '../../db/repositories/campaigns-repo';
import { findBeneficiariesOfStructure } from '../../db/repositories/beneficiaries-repo';
import type { TLineWrite } from '../../db/repositories/requests-repo';
import type { TDeliveryAddressJson } from '../../db/schema';
import { checkDeliveryWindow, checkRequestLines } from '../../domain/needs/request-checks';
import type { TFieldIssue } from '../../domain/needs/types';

/** A request input checked and completed: what the services write. */
export interface TResolvedRequest {
  campaign: TCampaignRow;
  networkId: string | null;
  deliveryAddressId: string;
  delivery: TDeliveryAddressJson;
  lat: number | null;
  lon: number | null;
  lines: TLineWrite[];
}

/** True when the campaign accepts requests today. */
export function isCampaignOpen(c: TCampaignRow, today: string): boolean {
  return c.status === 'open' && c.startsOn <= today && today <= c.endsOn;
}

/**
 * Checks a request against its structure and campaign, with one code per problem: campaign
 * closed, network not the structure's or not eligible, an address that is not the structure's,
 * dates in the past, kinds the campaign does not offer, foreign beneficiaries… Returns the
 * field errors, or the resolved request when there are none.
 */
export async function resolveRequestInput(
  ex: Executor,
  structure: TOrganisationRow,
  input: Omit<TRequestParsed, 'structureId'>,
  today: string,
): Promise<{ errors: TFieldIssue[]; resolved?: TResolvedRequest }> {
  const errors: TFieldIssue[] = [];
  const campaign = await findCampaign(ex, input.campaignId);
  if (!campaign) return { errors: [{ path: 'campaignId', code: 'campaign_unknown' }] };
  if (!isCampaignOpen(campaign, today))
    errors.push({ path: 'campaignId', code: 'campaign_closed' });

  const memberOf = (await listNetworksOf(ex, [structure.id])).map((n) => n.id);
  const eligible = campaign.eligibleNetworkIds;
  let networkId: string | null = input.networkId ?? null;
  if (networkId) {
    if (!memberOf.includes(networkId))
      errors.push({ path: 'networkId', code: 'network_not_member' });
    else if (eligible.length && !eligible.includes(networkId)) {
      errors.push({ path: 'networkId', code: 'network_not_eligible' });
    }
  } else {
    const candidates = eligible.length ? memberOf.filter((id) => eligible.includes(id)) : memberOf;
    if (candidates.length === 1) networkId = candidates[0]!;
    else if (candidates.length > 1) errors.push({ path: 'networkId', code: 'network_required' });
    else if (eligible.length) errors.push({ path: 'networkId', code: 'network_not_eligible' });
  }

  const address = (await listAddresses(ex, structure.id)).find(
    (a) => a.id === input.deliveryAddressId,
  );
  if (!address) errors.push({ path: 'deliveryAddressId', code: 'address_unknown' });
  else if (!address.isDelivery)
    errors.push({ path: 'deliveryAddressId', code: 'address_not_delivery' });

  if (input.urgency !== 'normal' && !input.urgencyReason) {
    errors.push({ path: 'urgencyReason', code: 'required' });
  }
  if (input.urgencyReason === 'other' && !input.urgencyText) {
    errors.push({ path: 'urgencyText', code: 'required' });
  }
  errors.push(...checkDeliveryWindow(input.preferredFrom, input.preferredTo, today));

  const ids = [...new Set(input.lines.flatMap((l) => l.beneficiaryIds))];
  const known = new Set(
    (await findBeneficiariesOfStructure(ex, structure.id, ids)).map((b) => b.id),
  );
  errors.push(
    ...checkRequestLines(
      input.lines,
      {
        offeredKinds: campaign.offeredKinds,
        eligibleNetworkIds: eligible,
        maxPerBeneficiary: campaign.maxPerBeneficiary,
      },
      known,
    ),
  );
  if (errors.length || !address) return { errors };
  return {
    errors,
    resolved: {
      campaign,
      networkId,
      deliveryAddressId: address.id,
      delivery: {
        label: address.label,
        line1: address.line1,
        line2: address.line2,
        postalCode: address.postalCode,
        communeCode: address.communeCode,
        communeName: address.communeName,
        departementCode: address.departementCode,
        regionCode: address.regionCode,
      },
      lat: address.lat,
      lon: address.lon,
      lines: input.lines.map((l) => ({
        kind: l.kind,
        quantity: l.quantity,
        minTier: l.minTier,
        beneficiaryIds: [...new Set(l.beneficiaryIds)],
      })),
    },
  };
}
