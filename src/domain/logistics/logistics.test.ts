import { describe, expect, it } from 'vitest';
import { addDays, checkHandoverTerms, deliveryKey } from './handover';
import { matchScan, type TScanDevice } from './scan';

const WH = 'wh-1';
const dev = (id: string, over: Partial<TScanDevice> = {}): TScanDevice => ({
  id,
  assetTag: `PSR-${id}`,
  kind: 'laptop',
  tier: 1,
  earmarkNetworkId: null,
  state: 'reserved',
  locationId: WH,
  ...over,
});

describe('packing by scan', () => {
  const units = [
    { unitId: 'u1', reserved: dev('a') },
    { unitId: 'u2', reserved: dev('b', { earmarkNetworkId: 'ase' }) },
  ];

  it('packs the reserved device into its own unit', () => {
    expect(matchScan(dev('b', { earmarkNetworkId: 'ase' }), units, WH)).toEqual({
      ok: true,
      unitId: 'u2',
      substitution: false,
    });
  });

  it('substitutes a ready equivalent for the first unit it fits', () => {
    expect(matchScan(dev('c', { state: 'ready' }), units, WH)).toEqual({
      ok: true,
      unitId: 'u1',
      substitution: true,
    });
    expect(
      matchScan(dev('d', { state: 'ready', earmarkNetworkId: 'ase' }), units, WH),
    ).toMatchObject({ ok: true, unitId: 'u2', substitution: true });
  });

  it('refuses with the first difference', () => {
    const reason = (d: TScanDevice, u = units) => {
      const r = matchScan(d, u, WH);
      return r.ok ? 'ok' : r.reason;
    };
    expect(reason(dev('t', { kind: 'tablet', state: 'ready' }))).toBe('wrong_kind');
    expect(reason(dev('t', { tier: 2, state: 'ready' }))).toBe('wrong_tier');
    expect(reason(dev('t', { earmarkNetworkId: 'fas', state: 'ready' }))).toBe('wrong_earmark');
    expect(reason(dev('t', { state: 'ready', locationId: 'elsewhere' }))).toBe('wrong_warehouse');
    expect(reason(dev('t', { state: 'reserved' }))).toBe('not_available');
    expect(reason(dev('t', { state: 'repair' }))).toBe('not_available');
    expect(reason(dev('t', { state: 'ready' }), [])).toBe('shipment_complete');
    const wrong = matchScan(dev('t', { kind: 'tablet' }), units, WH);
    expect(!wrong.ok && wrong.message).toContain('laptop tier 1');
  });
});

describe('handover terms', () => {
  const today = '2020-06-10';
  it('accepts a gift, a loan with a later return date and a sale with a price', () => {
    expect(checkHandoverTerms({ form: 'gift', handedOverOn: today }, today)).toEqual([]);
    expect(
      checkHandoverTerms({ form: 'loan', handedOverOn: today, returnDueOn: '2020-09-01' }, today),
    ).toEqual([]);
    expect(
      checkHandoverTerms({ form: 'sale', handedOverOn: '2020-06-01', priceCents: 5000 }, today),
    ).toEqual([]);
  });
  it('refuses a loan returned before it is handed over, and misplaced terms', () => {
    expect(
      checkHandoverTerms({ form: 'loan', handedOverOn: today, returnDueOn: '2020-06-09' }, today),
    ).toEqual([{ path: 'returnDueOn', code: 'return_before_handover' }]);
    expect(checkHandoverTerms({ form: 'loan', handedOverOn: today }, today)).toEqual([
      { path: 'returnDueOn', code: 'required' },
    ]);
    expect(checkHandoverTerms({ form: 'gift', handedOverOn: today, priceCents: 1 }, today)).toEqual(
      [{ path: 'priceCents', code: 'sale_only' }],
    );
    expect(checkHandoverTerms({ form: 'sale', handedOverOn: '2020-06-11' }, today)).toEqual([
      { path: 'handedOverOn', code: 'date_in_future' },
      { path: 'priceCents', code: 'required' },
    ]);
  });
  it('adds days and keys delivery addresses', () => {
    expect(addDays('2020-06-10', 90)).toBe('2020-09-08');
    expect(deliveryKey('addr', { line1: 'x', postalCode: '1', communeCode: '2' })).toBe('addr');
    expect(deliveryKey(null, { line1: ' 1 Rue ', postalCode: '75011', communeCode: '75056' })).toBe(
      '1 rue|75011|75056',
    );
  });
});
