import { NEEDS_LIMITS, TIERED_KINDS, type TNeedKind } from '../../shared/needs-enums';
import type { TFieldIssue } from './types';

/** A line as the checks see it. */
export interface TCheckLine {
  kind: TNeedKind;
  quantity: number;
  minTier: number | null;
  beneficiaryIds: readonly string[];
}

/** The campaign rules a request is checked against. */
export interface TCampaignRules {
  offeredKinds: readonly TNeedKind[];
  eligibleNetworkIds: readonly string[];
  maxPerBeneficiary: number | null;
}

/**
 * Checks a request's lines against the campaign and the structure (field errors, blocking):
 * a kind the campaign offers, a tier only for devices, no more beneficiaries than units, no
 * beneficiary twice for the same kind, beneficiaries of this structure.
 */
export function checkRequestLines(
  lines: readonly TCheckLine[],
  rules: TCampaignRules,
  knownBeneficiaryIds: ReadonlySet<string>,
): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const at = `lines.${i}`;
    if (!rules.offeredKinds.includes(line.kind)) {
      issues.push({ path: `${at}.kind`, code: 'kind_not_offered', params: { kind: line.kind } });
    }
    if (line.minTier != null && !TIERED_KINDS.includes(line.kind)) {
      issues.push({ path: `${at}.minTier`, code: 'tier_not_applicable' });
    }
    if (line.beneficiaryIds.length > line.quantity) {
      issues.push({
        path: `${at}.beneficiaryIds`,
        code: 'beneficiaries_exceed_quantity',
        params: { quantity: line.quantity, count: line.beneficiaryIds.length },
      });
    }
    line.beneficiaryIds.forEach((id, j) => {
      if (!knownBeneficiaryIds.has(id)) {
        issues.push({ path: `${at}.beneficiaryIds.${j}`, code: 'beneficiary_unknown' });
        return;
      }
      const key = `${id}:${line.kind}`;
      if (seen.has(key)) {
        issues.push({ path: `${at}.beneficiaryIds.${j}`, code: 'beneficiary_repeated_kind' });
      }
      seen.set(key, i);
    });
    if (line.quantity > NEEDS_LIMITS.maxLineQuantity) {
      issues.push({
        path: `${at}.quantity`,
        code: 'quantity_too_large',
        params: { max: NEEDS_LIMITS.maxLineQuantity },
      });
    }
  });
  return issues;
}

/** Dates of the preferred delivery window: not in the past, and in order. */
export function checkDeliveryWindow(from: string, to: string, today: string): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  if (from < today) issues.push({ path: 'preferredFrom', code: 'date_in_past' });
  if (to < today) issues.push({ path: 'preferredTo', code: 'date_in_past' });
  else if (to < from) issues.push({ path: 'preferredTo', code: 'date_before_start' });
  return issues;
}

/** A warning for the structure, blocking for the coordinator unless overridden. */
export interface TLimitIssue {
  code: 'quota_exceeded' | 'beneficiary_limit_exceeded';
  params: Record<string, string | number>;
}

/** How much of a network's quota is already consumed, and the quota itself. */
export interface TQuotaState {
  networkId: string;
  networkName: string;
  quota: number;
  used: number;
}

/**
 * Checks the quota of the request's network and the per-beneficiary limit: `quantities` are
 * what this request would consume (asked, or about to be approved); `otherLinks` counts, per
 * beneficiary, the lines of other claiming requests of the campaign already linked to it.
 */
export function checkLimits(input: {
  quantities: readonly { quantity: number; beneficiaryIds: readonly string[] }[];
  quota: TQuotaState | null;
  maxPerBeneficiary: number | null;
  otherLinks: ReadonlyMap<string, number>;
  references: ReadonlyMap<string, string>;
}): TLimitIssue[] {
  const issues: TLimitIssue[] = [];
  const total = input.quantities.reduce((s, l) => s + l.quantity, 0);
  if (input.quota && input.quota.used + total > input.quota.quota) {
    issues.push({
      code: 'quota_exceeded',
      params: {
        networkId: input.quota.networkId,
        network: input.quota.networkName,
        quota: input.quota.quota,
        used: input.quota.used,
        requested: total,
        remaining: Math.max(0, input.quota.quota - input.quota.used),
      },
    });
  }
  if (input.maxPerBeneficiary != null) {
    const mine = new Map<string, number>();
    for (const line of input.quantities) {
      if (line.quantity <= 0) continue;
      for (const id of line.beneficiaryIds) mine.set(id, (mine.get(id) ?? 0) + 1);
    }
    for (const [id, n] of mine) {
      const count = n + (input.otherLinks.get(id) ?? 0);
      if (count > input.maxPerBeneficiary) {
        issues.push({
          code: 'beneficiary_limit_exceeded',
          params: {
            beneficiaryId: id,
            reference: input.references.get(id) ?? id,
            limit: input.maxPerBeneficiary,
            count,
          },
        });
      }
    }
  }
  return issues;
}
