import { z } from 'zod';

/** Largest weight a demand may carry (weights are priorities, 0 = not prioritised). */
export const MAX_WEIGHT = 1000;
/** Largest quantity of one supply line or demand; keeps every sum an exact safe integer. */
export const MAX_QUANTITY = 1_000_000_000;

/** Zod error option: "is required" for a missing field, else "must be <what>". */
const expected = (what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? 'is required' : `must be ${what}`,
});

const id = z.string(expected('a non-empty string')).min(1, { error: 'must not be empty' });
const count = z
  .number(expected('a finite number'))
  .int({ error: 'must be an integer' })
  .min(0, { error: 'must be >= 0' })
  .max(MAX_QUANTITY, { error: `must be <= ${MAX_QUANTITY}` });
const lat = z
  .number(expected('a finite number'))
  .min(-90, { error: 'latitude must be within [-90, 90]' })
  .max(90, { error: 'latitude must be within [-90, 90]' });
const lon = z
  .number(expected('a finite number'))
  .min(-180, { error: 'longitude must be within [-180, 180]' })
  .max(180, { error: 'longitude must be within [-180, 180]' });

/** A warehouse holding stock, located by latitude and longitude (degrees, WGS 84). */
export const ZWarehouse = z.object({ id, lat, lon }, expected('an object'));

/** A line of ready stock: `quantity` devices of one kind and tier in one warehouse. */
export const ZSupplyLine = z.object(
  {
    id,
    warehouse: id,
    kind: id,
    tier: z.number(expected('a finite number')).int({ error: 'must be an integer' }).min(0, {
      error: 'must be >= 0',
    }),
    /** Network the stock is reserved for (a funder's earmark), or null for any network. */
    earmark: id.nullable().optional(),
    quantity: count,
  },
  expected('an object'),
);

/** An approved demand of a structure: `quantity` devices of a kind, at least `minTier`. */
export const ZDemand = z.object(
  {
    id,
    network: id,
    lat,
    lon,
    kind: id,
    minTier: z.number(expected('a finite number')).int({ error: 'must be an integer' }).min(0, {
      error: 'must be >= 0',
    }),
    quantity: count,
    weight: z
      .number(expected('a finite number'))
      .int({ error: 'must be an integer' })
      .min(0, { error: 'must be >= 0' })
      .max(MAX_WEIGHT, { error: `must be <= ${MAX_WEIGHT}` }),
  },
  expected('an object'),
);

/**
 * The input of one allocation wave: warehouses, stock lines, demands, the kinds of device that
 * may stand in for another (`substitutes.tablet = ['laptop']`: a laptop may serve a tablet
 * demand) and per-network caps on the total units served.
 */
export const ZAllocationProblem = z.object(
  {
    warehouses: z.array(ZWarehouse, expected('an array')),
    supply: z.array(ZSupplyLine, expected('an array')),
    demands: z.array(ZDemand, expected('an array')),
    substitutes: z
      .record(id, z.array(id, expected('an array of kinds')), expected('an object'))
      .optional(),
    networkCaps: z.record(id, count, expected('an object')).optional(),
  },
  expected('an object'),
);

/** A validated allocation problem. */
export type TAllocationProblem = z.infer<typeof ZAllocationProblem>;
/** One warehouse of a problem. */
export type TWarehouse = z.infer<typeof ZWarehouse>;
/** One supply line of a problem. */
export type TSupplyLine = z.infer<typeof ZSupplyLine>;
/** One demand of a problem. */
export type TDemand = z.infer<typeof ZDemand>;

/** One problem found in an input: where (`supply[3].quantity`) and why, in English. */
export interface TValidationIssue {
  path: string;
  reason: string;
}

/** `quantity` units of supply line `supply` go to demand `demand`. */
export interface TAssignment {
  supply: string;
  demand: string;
  quantity: number;
}

/** Machine-readable cause of unmet units; the web UI translates it with `params`. */
export type TUnmetReasonCode =
  | 'no_compatible_stock'
  | 'earmark_reserved'
  | 'network_cap'
  | 'outweighed'
  | 'insufficient_stock'
  | 'zero_weight';

/** Values a translated reason interpolates (weights, network, cap, kinds…). */
export type TUnmetParams = Record<string, string | number | string[]>;

/** Units of a demand left unserved, with an English `reason` and its code for translation. */
export interface TUnmet {
  demand: string;
  quantity: number;
  reason: string;
  reasonCode: TUnmetReasonCode;
  params: TUnmetParams;
}

/**
 * The optimal plan: assignments, unmet units with reasons, and the objective reached
 * (weighted units served, then total device-kilometres, rounded to 0.1 km).
 */
export interface TAllocationPlan {
  assignments: TAssignment[];
  unmet: TUnmet[];
  objective: { weightedUnits: number; distanceKm: number };
}
