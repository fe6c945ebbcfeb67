import { sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { settings } from '../schema';

/** Reads every setting as a key → value map. */
export async function readSettings(ex: Executor): Promise<Record<string, unknown>> {
  const rows = await ex.select().from(settings);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Writes settings (insert or update each key). */
export async function writeSettings(ex: Executor, values: Record<string, unknown>, now: Date) {
  for (const [key, value] of Object.entries(values)) {
    await ex
      .insert(settings)
      .values({ key, value: value as object, updatedAt: now })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: sql`excluded.value`, updatedAt: now },
      });
  }
}
