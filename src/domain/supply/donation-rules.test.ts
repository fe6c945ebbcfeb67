import { describe, expect, it } from 'vitest';
import { checkDonationRules, DEFAULT_DONATION_RULES } from './donation-rules';

describe('donation rules', () => {
  const line = { kind: 'laptop' as const, count: 10, ageYears: 3, condition: 'working' as const };

  it('accepts laptops under 6 years and smartphones under 5', () => {
    expect(checkDonationRules([line], DEFAULT_DONATION_RULES)).toEqual([]);
    expect(checkDonationRules([{ ...line, ageYears: 5 }], DEFAULT_DONATION_RULES)).toEqual([]);
    expect(
      checkDonationRules([{ ...line, kind: 'smartphone', ageYears: 4 }], DEFAULT_DONATION_RULES),
    ).toEqual([]);
  });

  it('refuses a line at or over the age limit with the limit in params', () => {
    expect(checkDonationRules([line, { ...line, ageYears: 6 }], DEFAULT_DONATION_RULES)).toEqual([
      {
        path: 'lines.1.ageYears',
        code: 'device_too_old',
        params: { kind: 'laptop', underYears: 6, ageYears: 6 },
      },
    ]);
    const phone = checkDonationRules(
      [{ ...line, kind: 'smartphone', ageYears: 5 }],
      DEFAULT_DONATION_RULES,
    );
    expect(phone[0]).toMatchObject({ code: 'device_too_old', params: { underYears: 5 } });
  });

  it('refuses kinds absent from the rules and broken devices where not accepted', () => {
    expect(
      checkDonationRules([{ ...line, kind: 'other' }], DEFAULT_DONATION_RULES)[0],
    ).toMatchObject({
      path: 'lines.0.kind',
      code: 'kind_not_accepted',
    });
    expect(
      checkDonationRules(
        [{ ...line, kind: 'tablet', condition: 'not_working' }],
        DEFAULT_DONATION_RULES,
      )[0],
    ).toMatchObject({ path: 'lines.0.condition', code: 'condition_not_accepted' });
    expect(
      checkDonationRules([{ ...line, condition: 'not_working' }], DEFAULT_DONATION_RULES),
    ).toEqual([]);
  });

  it('enforces the minimum lot size', () => {
    const rules = { ...DEFAULT_DONATION_RULES, minDevicesPerLot: 5 };
    expect(checkDonationRules([{ ...line, count: 4 }], rules)).toEqual([
      { path: 'lines', code: 'lot_too_small', params: { min: 5 } },
    ]);
    expect(checkDonationRules([{ ...line, count: 5 }], rules)).toEqual([]);
  });
});
