import { describe, expect, it } from 'vitest';
import { formatPath, validateProblem } from './validate-problem';

const valid = {
  warehouses: [{ id: 'W-PARIS', lat: 48.85, lon: 2.35 }],
  supply: [
    { id: 'S1', warehouse: 'W-PARIS', kind: 'laptop', tier: 2, earmark: null, quantity: 120 },
  ],
  demands: [
    {
      id: 'D1',
      network: 'ASE',
      lat: 43.3,
      lon: 5.37,
      kind: 'laptop',
      minTier: 1,
      quantity: 10,
      weight: 3,
    },
  ],
  substitutes: { tablet: ['laptop'] },
  networkCaps: { 'Collectif Mentorat': 1100 },
};

/** The valid problem with one part replaced. */
const withPart = (part: Record<string, unknown>) => ({ ...structuredClone(valid), ...part });

function issuesOf(input: unknown) {
  const result = validateProblem(input);
  if (result.ok) throw new Error('expected the problem to be invalid');
  return result.issues;
}

describe('validateProblem', () => {
  it('accepts the example of the issue, with a cap for a network no demand mentions', () => {
    const result = validateProblem(valid);
    expect(result).toEqual({ ok: true, problem: valid });
  });

  it('accepts a problem without substitutes, caps or earmark fields', () => {
    const { substitutes: _s, networkCaps: _c, ...bare } = structuredClone(valid);
    const { earmark: _e, ...lineWithoutEarmark } = bare.supply[0]!;
    expect(validateProblem({ ...bare, supply: [lineWithoutEarmark] }).ok).toBe(true);
  });

  it('returns every problem at once, each with its path and reason', () => {
    const issues = issuesOf({
      warehouses: [
        { id: 'W1', lat: Number.NaN, lon: 2 },
        { id: 'W1', lat: 91, lon: -181 },
      ],
      supply: [
        { id: 'S1', warehouse: 'W-NOWHERE', kind: 'laptop', tier: 1, earmark: null, quantity: -3 },
        { id: 'S1', warehouse: 'W1', kind: 'laptop', tier: 1, earmark: null, quantity: 2.5 },
      ],
      demands: [
        { id: 'D1', network: 'ASE', lat: 43, lon: 5, minTier: 1, quantity: 1, weight: 1e9 },
        {
          id: 'D2',
          network: 'ASE',
          lat: Infinity,
          lon: 5,
          kind: 'laptop',
          minTier: 1,
          quantity: 1,
          weight: 2,
        },
        {
          id: 'D1',
          network: '',
          lat: 43,
          lon: 5,
          kind: 'laptop',
          minTier: 1,
          quantity: 1,
          weight: -1,
        },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'warehouses[0].lat', reason: 'must be a finite number' },
        { path: 'warehouses[1].lat', reason: 'latitude must be within [-90, 90]' },
        { path: 'warehouses[1].lon', reason: 'longitude must be within [-180, 180]' },
        { path: 'warehouses[1].id', reason: 'duplicate id "W1" (also at warehouses[0])' },
        { path: 'supply[0].quantity', reason: 'must be >= 0' },
        { path: 'supply[0].warehouse', reason: 'unknown warehouse "W-NOWHERE"' },
        { path: 'supply[1].quantity', reason: 'must be an integer' },
        { path: 'supply[1].id', reason: 'duplicate id "S1" (also at supply[0])' },
        { path: 'demands[0].kind', reason: 'is required' },
        { path: 'demands[0].weight', reason: 'must be <= 1000' },
        { path: 'demands[1].lat', reason: 'must be a finite number' },
        { path: 'demands[2].network', reason: 'must not be empty' },
        { path: 'demands[2].weight', reason: 'must be >= 0' },
        { path: 'demands[2].id', reason: 'duplicate id "D1" (also at demands[0])' },
      ]),
    );
    expect(issues).toHaveLength(14);
  });

  it('reports missing top-level lists', () => {
    expect(issuesOf({ warehouses: [] })).toEqual([
      { path: 'supply', reason: 'is required' },
      { path: 'demands', reason: 'is required' },
    ]);
  });

  it('reports a document that is not an object at the root', () => {
    expect(issuesOf([1, 2])).toEqual([{ path: '(root)', reason: 'must be an object' }]);
    expect(issuesOf(null)).toEqual([{ path: '(root)', reason: 'must be an object' }]);
  });

  it('reports wrong types in substitutes and caps with readable paths', () => {
    const issues = issuesOf(
      withPart({ substitutes: { tablet: 'laptop' }, networkCaps: { 'Collectif Mentorat': -5 } }),
    );
    expect(issues).toEqual([
      { path: 'substitutes.tablet', reason: 'must be an array of kinds' },
      { path: 'networkCaps["Collectif Mentorat"]', reason: 'must be >= 0' },
    ]);
  });

  it('rejects a quantity too large to keep sums exact', () => {
    const supply = [{ ...valid.supply[0]!, quantity: 2e9 }];
    expect(issuesOf(withPart({ supply }))).toEqual([
      { path: 'supply[0].quantity', reason: 'must be <= 1000000000' },
    ]);
  });

  it('rejects a wrong type for a tier and a non-string earmark', () => {
    const supply = [{ ...valid.supply[0]!, tier: '2', earmark: 7 }];
    expect(issuesOf(withPart({ supply }))).toEqual([
      { path: 'supply[0].tier', reason: 'must be a finite number' },
      { path: 'supply[0].earmark', reason: 'must be a non-empty string' },
    ]);
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and quotes keys that are not identifiers', () => {
    expect(formatPath(['supply', 3, 'quantity'])).toBe('supply[3].quantity');
    expect(formatPath(['networkCaps', 'Croix-Rouge'])).toBe('networkCaps["Croix-Rouge"]');
    expect(formatPath([])).toBe('(root)');
  });
});
