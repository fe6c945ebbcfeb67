import { randomInt } from 'node:crypto';
import type { Executor } from '../../db/connect';
import { existingAssetTags } from '../../db/repositories/devices-repo';
import { generateAssetTag } from '../../domain/device/asset-tag';

/**
 * New asset tags not used yet (nor in `reserved`). Collisions are rare (33 million tags) and
 * retried; the unique index settles any race between two transactions.
 */
export async function allocateAssetTags(
  ex: Executor,
  count: number,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const out = new Set<string>();
  for (let round = 0; out.size < count && round < 10; round++) {
    const candidates = new Set<string>();
    while (candidates.size < count - out.size) {
      const tag = generateAssetTag((n) => randomInt(n));
      if (!reserved.has(tag) && !out.has(tag)) candidates.add(tag);
    }
    const taken = await existingAssetTags(ex, [...candidates]);
    for (const tag of candidates) if (!taken.has(tag)) out.add(tag);
  }
  if (out.size < count) throw new Error('could not allocate asset tags');
  return [...out];
}
