import type { TAllocationProblem, TDemand, TSupplyLine, TWarehouse } from '../types';

/** A warehouse at (lat, lon); on the equator one degree of longitude is ≈ 111.19 km. */
export function warehouse(id: string, lat: number, lon: number): TWarehouse {
  return { id, lat, lon };
}

/** A supply line with defaults: laptop, tier 2, no earmark. */
export function line(
  id: string,
  warehouseId: string,
  quantity: number,
  more: Partial<TSupplyLine> = {},
): TSupplyLine {
  return { id, warehouse: warehouseId, kind: 'laptop', tier: 2, earmark: null, quantity, ...more };
}

/** A demand with defaults: network FAS, laptop, min tier 1, weight 1, at (0, 0). */
export function demand(id: string, quantity: number, more: Partial<TDemand> = {}): TDemand {
  return {
    id,
    network: 'FAS',
    lat: 0,
    lon: 0,
    kind: 'laptop',
    minTier: 1,
    quantity,
    weight: 1,
    ...more,
  };
}

/** A problem from parts; substitutes and caps empty unless given. */
export function problemOf(parts: Partial<TAllocationProblem>): TAllocationProblem {
  return { warehouses: [], supply: [], demands: [], ...parts };
}
