import type { Executor } from '../../db/connect';
import { readSettings } from '../../db/repositories/settings-repo';
import { DEFAULT_SETTINGS, ZSettings, type TSettings } from '../../shared/schemas/settings';

/** The instance settings, defaults filled in (public: the login page shows the name and logo). */
export async function getSettings(ex: Executor): Promise<TSettings> {
  const stored = await readSettings(ex);
  const parsed = ZSettings.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}
