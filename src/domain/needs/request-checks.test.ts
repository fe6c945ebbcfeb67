import { describe, expect, it } from 'vitest';
import {
  checkDeliveryWindow,
  checkLimits,
  checkRequestLines,
  type TCampaignRules,
} from './request-checks';

const rules: TCampaignRules = {
  offeredKinds: ['laptop', 'tablet', 'sim_recharge'],
  eligibleNetworkIds: [],
  maxPerBeneficiary: 2,
};
const known = new Set(['b1', 'b2', 'b3']);

describe('request checks', () => {
  it('accepts lines the campaign offers, with their beneficiaries', () => {
    expect(
      checkRequestLines(
        [
          { kind: 'laptop', quantity: 2, minTier: 2, beneficiaryIds: ['b1', 'b2'] },
          { kind: 'sim_recharge', quantity: 5, minTier: null, beneficiaryIds: ['b1'] },
        ],
        rules,
        known,
      ),
    ).toEqual([]);
  });

  it('gives each problem its own code and path', () => {
    const issues = checkRequestLines(
      [
        { kind: 'smartphone', quantity: 1, minTier: null, beneficiaryIds: [] },
        { kind: 'sim_recharge', quantity: 1, minTier: 2, beneficiaryIds: ['b1', 'b2'] },
        { kind: 'laptop', quantity: 3, minTier: null, beneficiaryIds: ['b1', 'zz'] },
        { kind: 'laptop', quantity: 1, minTier: null, beneficiaryIds: ['b1'] },
      ],
      rules,
      known,
    );
    expect(issues).toEqual([
      { path: 'lines.0.kind', code: 'kind_not_offered', params: { kind: 'smartphone' } },
      { path: 'lines.1.minTier', code: 'tier_not_applicable' },
      {
        path: 'lines.1.beneficiaryIds',
        code: 'beneficiaries_exceed_quantity',
        params: { quantity: 1, count: 2 },
      },
      { path: 'lines.2.beneficiaryIds.1', code: 'beneficiary_unknown' },
      { path: 'lines.3.beneficiaryIds.0', code: 'beneficiary_repeated_kind' },
    ]);
  });

  it('refuses delivery dates in the past or out of order', () => {
    expect(checkDeliveryWindow('2020-05-01', '2020-05-10', '2020-05-01')).toEqual([]);
    expect(checkDeliveryWindow('2020-04-30', '2020-05-10', '2020-05-01')).toEqual([
      { path: 'preferredFrom', code: 'date_in_past' },
    ]);
    expect(checkDeliveryWindow('2020-05-10', '2020-05-05', '2020-05-01')).toEqual([
      { path: 'preferredTo', code: 'date_before_start' },
    ]);
  });

  it('warns when the network quota would be exceeded', () => {
    const quota = { networkId: 'n1', networkName: 'Collectif Mentorat', quota: 1100, used: 1095 };
    const within = checkLimits({
      quantities: [{ quantity: 5, beneficiaryIds: [] }],
      quota,
      maxPerBeneficiary: null,
      otherLinks: new Map(),
      references: new Map(),
    });
    expect(within).toEqual([]);
    const over = checkLimits({
      quantities: [{ quantity: 6, beneficiaryIds: [] }],
      quota,
      maxPerBeneficiary: null,
      otherLinks: new Map(),
      references: new Map(),
    });
    expect(over).toEqual([
      {
        code: 'quota_exceeded',
        params: {
          networkId: 'n1',
          network: 'Collectif Mentorat',
          quota: 1100,
          used: 1095,
          requested: 6,
          remaining: 5,
        },
      },
    ]);
  });

  it('warns when a beneficiary would get more than the campaign allows', () => {
    const issues = checkLimits({
      quantities: [
        { quantity: 1, beneficiaryIds: ['b1'] },
        { quantity: 1, beneficiaryIds: ['b1', 'b2'] },
        { quantity: 0, beneficiaryIds: ['b3'] },
      ],
      quota: null,
      maxPerBeneficiary: 2,
      otherLinks: new Map([
        ['b1', 1],
        ['b3', 2],
      ]),
      references: new Map([['b1', 'JEUNE-01']]),
    });
    expect(issues).toEqual([
      {
        code: 'beneficiary_limit_exceeded',
        params: { beneficiaryId: 'b1', reference: 'JEUNE-01', limit: 2, count: 3 },
      },
    ]);
  });
});
