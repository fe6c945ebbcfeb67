import { describe, expect, it } from 'vitest';
import { allowedPurchaseEvents, transitionPurchase } from './purchase-lifecycle';
import { checkAllocationSum, grantFigures, previewAllocations } from './grant-budget';
import {
  checkOrderFunding,
  orderEarmark,
  type TGrantRestrictions,
  type TRestrictedGrant,
} from './grant-restrictions';

const free: TGrantRestrictions = {
  networkId: null,
  regionCode: null,
  departementCode: null,
  deviceKind: null,
  campaignId: null,
};
const grant = (id: string, r: Partial<TGrantRestrictions> = {}): TRestrictedGrant => ({
  id,
  restrictions: { ...free, ...r },
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
});

describe('purchase order lifecycle', () => {
  it('goes draft → confirmed → partly received → received → closed', () => {
    expect(transitionPurchase('draft', 'confirm')).toEqual({ ok: true, status: 'confirmed' });
    expect(transitionPurchase('confirmed', 'receive_part')).toEqual({
      ok: true,
      status: 'partly_received',
    });
    expect(transitionPurchase('partly_received', 'receive_all')).toEqual({
      ok: true,
      status: 'received',
    });
    expect(transitionPurchase('received', 'close')).toEqual({ ok: true, status: 'closed' });
  });

  it('cancels only before anything is received, and refuses receiving a draft', () => {
    expect(transitionPurchase('confirmed', 'cancel').ok).toBe(true);
    expect(transitionPurchase('partly_received', 'cancel')).toMatchObject({
      ok: false,
      code: 'purchase.invalid_state',
    });
    expect(transitionPurchase('draft', 'receive_part').ok).toBe(false);
    expect(allowedPurchaseEvents('closed')).toEqual([]);
    expect(allowedPurchaseEvents('partly_received')).toEqual([
      'receive_part',
      'receive_all',
      'close',
    ]);
  });
});

describe('grant budget', () => {
  it('computes what is left against the pledge', () => {
    expect(
      grantFigures({
        pledgedCents: 100_000,
        receivedCents: 40_000,
        committedCents: 30_000,
        spentCents: 20_000,
      }),
    ).toMatchObject({ leftCents: 50_000 });
  });

  it('previews each grant before and after, flagging the one that would go negative', () => {
    const left = new Map([
      ['g1', 1000],
      ['g2', 500],
    ]);
    expect(
      previewAllocations(
        [
          { grantId: 'g1', amountCents: 1000 },
          { grantId: 'g2', amountCents: 501 },
        ],
        left,
      ),
    ).toEqual([
      {
        grantId: 'g1',
        allocationCents: 1000,
        leftBeforeCents: 1000,
        leftAfterCents: 0,
        isExceeded: false,
      },
      {
        grantId: 'g2',
        allocationCents: 501,
        leftBeforeCents: 500,
        leftAfterCents: -1,
        isExceeded: true,
      },
    ]);
  });

  it('requires allocations to sum exactly to the order total, each grant once', () => {
    expect(checkAllocationSum(1500, [{ grantId: 'a', amountCents: 1500 }])).toEqual([]);
    expect(
      checkAllocationSum(1500, [
        { grantId: 'a', amountCents: 1000 },
        { grantId: 'a', amountCents: 499 },
      ]).map((p) => p.code),
    ).toEqual(['grant_duplicate', 'allocation_sum_mismatch']);
  });
});

describe('grant restrictions', () => {
  it('keeps a kind-restricted grant to orders of that kind only', () => {
    expect(
      checkOrderFunding(['laptop'], '2026-03-01', [grant('g', { deviceKind: 'laptop' })]),
    ).toEqual([]);
    expect(
      checkOrderFunding(['laptop', 'smartphone'], '2026-03-01', [
        grant('g', { deviceKind: 'laptop' }),
      ]),
    ).toEqual([
      { path: 'grants.0.grantId', code: 'grant_restriction_kind', params: { kind: 'laptop' } },
    ]);
  });

  it('refuses two different network earmarks and orders outside the grant period', () => {
    const problems = checkOrderFunding(['laptop'], '2027-01-02', [
      grant('a', { networkId: 'ase' }),
      grant('b', { networkId: 'fas' }),
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'grant_period',
      'grant_period',
      'grant_earmark_conflict',
    ]);
  });

  it('earmarks the devices with the network of the earmarked grant', () => {
    expect(orderEarmark([grant('a'), grant('b', { networkId: 'ase' })])).toBe('ase');
    expect(orderEarmark([grant('a')])).toBeNull();
  });
});
