import type { Executor } from '../../db/connect';
import type { TRequestRow } from '../../db/repositories/requests-repo';
import { findCampaign, findQuota, quotaUsage } from '../../db/repositories/campaigns-repo';
import { countAllowances, findClaims } from '../../db/repositories/request-claims-repo';
import { findBeneficiariesByIds } from '../../db/repositories/beneficiaries-repo';
import { checkLimits, type TLimitIssue, type TQuotaState } from '../../domain/needs/request-checks';
import type { TNeedKind } from '../../shared/needs-enums';
import { requestReference } from './request-detail';

/** What a request would consume, line by line. */
export interface TConsumption {
  kind: TNeedKind;
  quantity: number;
  beneficiaryIds: readonly string[];
}

/** A beneficiary already claimed for the same kind by another request of the campaign. */
export interface TDuplicate {
  beneficiaryId: string;
  reference: string;
  kind: TNeedKind;
  otherRequests: string[];
  /** Allowances a coordinator must add for this request to pass. */
  missingAllowances: number;
}

/** The limits a request is checked against, and what it would break. */
export interface TRequestLimits {
  quota: TQuotaState | null;
  issues: TLimitIssue[];
  duplicates: TDuplicate[];
}

/**
 * Checks a request's consumption against its network's quota in the campaign, the campaign's
 * maximum per beneficiary, and the duplicate guard (a beneficiary equipped twice with a kind in
 * a campaign needs a coordinator's allowance). Warnings for the structure, blocking for the
 * coordinator's approval unless overridden.
 */
export async function checkRequestLimits(
  ex: Executor,
  request: Pick<TRequestRow, 'id' | 'campaignId' | 'networkId'>,
  consumption: readonly TConsumption[],
): Promise<TRequestLimits> {
  const campaign = await findCampaign(ex, request.campaignId);
  let quota: TQuotaState | null = null;
  if (request.networkId) {
    const q = await findQuota(ex, request.campaignId, request.networkId);
    if (q) {
      const used =
        (await quotaUsage(ex, request.campaignId, request.id)).get(request.networkId) ?? 0;
      quota = { networkId: request.networkId, networkName: q.networkName, quota: q.quantity, used };
    }
  }
  const active = consumption.filter((c) => c.quantity > 0);
  const ids = [...new Set(active.flatMap((c) => c.beneficiaryIds))];
  const [claims, allowances, people] = await Promise.all([
    findClaims(ex, request.campaignId, ids, request.id),
    countAllowances(ex, request.campaignId, ids),
    findBeneficiariesByIds(ex, ids),
  ]);
  const references = new Map(people.map((p) => [p.id, p.reference]));
  const otherLinks = new Map<string, number>();
  for (const c of claims)
    otherLinks.set(c.beneficiaryId, (otherLinks.get(c.beneficiaryId) ?? 0) + 1);
  const issues = checkLimits({
    quantities: active,
    quota,
    maxPerBeneficiary: campaign?.maxPerBeneficiary ?? null,
    otherLinks,
    references,
  });
  const duplicates: TDuplicate[] = [];
  for (const c of active) {
    for (const id of c.beneficiaryIds) {
      const others = claims.filter((k) => k.beneficiaryId === id && k.kind === c.kind);
      const allowed = allowances.get(`${id}:${c.kind}`) ?? 0;
      if (others.length > allowed) {
        duplicates.push({
          beneficiaryId: id,
          reference: references.get(id) ?? id,
          kind: c.kind,
          otherRequests: others.map((o) => requestReference(o.requestNumber)),
          missingAllowances: others.length - allowed,
        });
      }
    }
  }
  return { quota, issues, duplicates };
}

/** A readable sentence for a duplicate (error messages in English; the UI translates codes). */
export function describeDuplicates(duplicates: readonly TDuplicate[]): string {
  return duplicates
    .map(
      (d) =>
        `${d.reference} already has a ${d.kind} in ${d.otherRequests.join(', ')} for this campaign`,
    )
    .join('; ');
}
