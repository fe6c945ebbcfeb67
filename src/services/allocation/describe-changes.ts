import type { Executor } from '../../db/connect';
import { stockLocations } from '../../db/repositories/allocation-repo';
import type { TWaveChange, TWaveContext } from '../../domain/allocation-wave';

/** A change since a run, with what a coordinator needs to recognise it. */
export interface TDescribedChange extends TWaveChange {
  locationName?: string;
  kind?: string;
  tier?: number;
  earmarkName?: string | null;
  requestId?: string;
  requestNumber?: number;
  position?: number;
  structureName?: string;
}

/** Names the stock keys and lines of a list of changes. */
export async function describeChanges(
  ex: Executor,
  changes: readonly TWaveChange[],
  context: TWaveContext,
): Promise<TDescribedChange[]> {
  if (!changes.length) return [];
  const names = new Map((await stockLocations(ex)).map((l) => [l.id, l.name]));
  const lines = new Map(Object.values(context.demands).map((d) => [d.lineId, d]));
  return changes.map((c) => {
    if (c.type === 'stock') {
      const [locationId, kind, tier, earmark] = c.key.split('|');
      return {
        ...c,
        locationName: names.get(locationId!) ?? locationId!,
        kind: kind!,
        tier: Number(tier),
        earmarkName: earmark ? (context.networks[earmark] ?? earmark) : null,
      };
    }
    const line = lines.get(c.key);
    return line
      ? {
          ...c,
          requestId: line.requestId,
          requestNumber: line.requestNumber,
          position: line.position,
          structureName: line.structureName,
          kind: line.kind,
        }
      : c;
  });
}
