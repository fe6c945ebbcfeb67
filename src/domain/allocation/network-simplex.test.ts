import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversine';
import { solveNetworkSimplex, type TFlowNetwork } from './network-simplex';

/** A network from arc rows [source, target, cap, costA, costB]. */
function network(
  supply: number[],
  arcs: [number, number, number, number, number][],
  implicit: number[] = [],
  pricingStages?: number[],
): TFlowNetwork {
  const flags = new Uint8Array(supply.length);
  for (const v of implicit) flags[v] = 1;
  return {
    nodeCount: supply.length,
    supply: Float64Array.from(supply),
    arcCount: arcs.length,
    source: Int32Array.from(arcs.map((a) => a[0])),
    target: Int32Array.from(arcs.map((a) => a[1])),
    cap: Float64Array.from(arcs.map((a) => a[2])),
    costA: Int32Array.from(arcs.map((a) => a[3])),
    costB: Float64Array.from(arcs.map((a) => a[4])),
    implicit: flags,
    pricingStages: pricingStages && Int32Array.from(pricingStages),
  };
}

describe('solveNetworkSimplex', () => {
  // Two sources (0, 1) with 2 units each, two customers (2, 3) wanting up to 2 each, a sink (4);
  // arcs 6, 7 let unused units go straight to the sink at no cost.
  const transport = (costs: [number, number][]) =>
    network(
      [2, 2, 0, 0, -4],
      [
        [0, 2, Infinity, ...costs[0]!],
        [0, 3, Infinity, ...costs[1]!],
        [1, 2, Infinity, ...costs[2]!],
        [1, 3, Infinity, ...costs[3]!],
        [2, 4, 2, 0, 0],
        [3, 4, 2, 0, 0],
        [0, 4, Infinity, 0, 0],
        [1, 4, Infinity, 0, 0],
      ],
      [2, 3],
    );
  const start = { root: 4, parentArc: Int32Array.from([6, 7, 4, 5, -1]) };

  it('minimises the second cost component when the first ties', () => {
    const { flow } = solveNetworkSimplex(
      transport([
        [-1, 10],
        [-1, 1],
        [-1, 1],
        [-1, 10],
      ]),
      start,
    );
    expect(Array.from(flow.subarray(0, 4))).toEqual([0, 2, 2, 0]);
  });

  it('lets the first component win whatever the second costs', () => {
    const { flow } = solveNetworkSimplex(
      transport([
        [-2, 9e12],
        [-1, 0],
        [-1, 0],
        [-1, 0],
      ]),
      start,
    );
    expect(flow[0]).toBe(2);
  });

  it('sends nothing along arcs that would not pay', () => {
    const { flow } = solveNetworkSimplex(
      transport([
        [0, 5],
        [0, 5],
        [1, 0],
        [0, 0],
      ]),
      start,
    );
    expect(Array.from(flow.subarray(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('reaches the same optimum with staged pricing', () => {
    const costs: [number, number][] = [
      [-3, 4],
      [-1, 1],
      [-2, 1],
      [-3, 10],
    ];
    const plain = solveNetworkSimplex(transport(costs), start).flow;
    const staged = solveNetworkSimplex(
      { ...transport(costs), pricingStages: Int32Array.of(2, 8) },
      start,
    );
    expect(Array.from(staged.flow)).toEqual(Array.from(plain));
  });

  it('rejects a start tree whose flow breaks a capacity', () => {
    const net = network(
      [3, -3],
      [
        [0, 1, 2, 0, 0],
        [0, 1, 5, 0, 0],
      ],
    );
    expect(() =>
      solveNetworkSimplex(net, { root: 1, parentArc: Int32Array.from([0, -1]) }),
    ).toThrow(/infeasible/);
  });
});

describe('haversineKm', () => {
  it('measures Paris–Marseille and a quarter of the equator', () => {
    expect(haversineKm(48.8566, 2.3522, 43.2965, 5.3698)).toBeCloseTo(660.5, 0);
    expect(haversineKm(0, 0, 0, 90)).toBeCloseTo((Math.PI / 2) * 6371, 6);
    expect(haversineKm(10, 20, 10, 20)).toBe(0);
  });
});
