import type { TDeviceKind } from '../../shared/inventory';
import type { TDeviceCondition } from '../../shared/supply-enums';

/**
 * The bank's minimum rules for company donations (settings key `donation_rules`), shown to the
 * donor before declaring and enforced on every line. A kind absent from `kinds` is not accepted.
 */

/** Rules for one kind of device. */
export interface TKindRule {
  /** Devices must be strictly younger than this many years (null: any age). */
  underYears: number | null;
  /** Whether devices declared "not working" are accepted (for parts). */
  acceptsNotWorking: boolean;
}

/** The whole rule set. */
export interface TDonationRules {
  kinds: Partial<Record<TDeviceKind, TKindRule>>;
  /** Smallest lot worth a pickup, in devices. */
  minDevicesPerLot: number;
}

/**
 * Defaults until an admin changes them: laptops and desktops under 6 years old, tablets and
 * smartphones under 5 (the figures of the company donation platform), 4G routers under 5,
 * monitors under 8; nothing broken except laptops kept for parts.
 */
export const DEFAULT_DONATION_RULES: TDonationRules = {
  kinds: {
    laptop: { underYears: 6, acceptsNotWorking: true },
    desktop: { underYears: 6, acceptsNotWorking: false },
    tablet: { underYears: 5, acceptsNotWorking: false },
    smartphone: { underYears: 5, acceptsNotWorking: false },
    router_4g: { underYears: 5, acceptsNotWorking: false },
    monitor: { underYears: 8, acceptsNotWorking: false },
  },
  minDevicesPerLot: 1,
};

/** A declared line as the rules see it. */
export interface TRuleLine {
  kind: TDeviceKind;
  count: number;
  ageYears: number;
  condition: TDeviceCondition;
}

/** A broken rule, with the field it concerns and what the rule says. */
export interface TRuleViolation {
  path: string;
  code: 'kind_not_accepted' | 'device_too_old' | 'condition_not_accepted' | 'lot_too_small';
  params?: Record<string, unknown>;
}

/** Every rule the lines break (empty when the lot may be declared). */
export function checkDonationRules(
  lines: readonly TRuleLine[],
  rules: TDonationRules,
): TRuleViolation[] {
  const out: TRuleViolation[] = [];
  lines.forEach((line, i) => {
    const rule = rules.kinds[line.kind];
    if (!rule) {
      out.push({ path: `lines.${i}.kind`, code: 'kind_not_accepted', params: { kind: line.kind } });
      return;
    }
    if (rule.underYears != null && line.ageYears >= rule.underYears) {
      out.push({
        path: `lines.${i}.ageYears`,
        code: 'device_too_old',
        params: { kind: line.kind, underYears: rule.underYears, ageYears: line.ageYears },
      });
    }
    if (line.condition === 'not_working' && !rule.acceptsNotWorking) {
      out.push({
        path: `lines.${i}.condition`,
        code: 'condition_not_accepted',
        params: { kind: line.kind },
      });
    }
  });
  const total = lines.reduce((s, l) => s + l.count, 0);
  if (lines.length && total < rules.minDevicesPerLot) {
    out.push({ path: 'lines', code: 'lot_too_small', params: { min: rules.minDevicesPerLot } });
  }
  return out;
}
