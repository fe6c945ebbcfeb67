import type { Executor } from '../../db/connect';
import { readSettings, writeSettings } from '../../db/repositories/settings-repo';
import {
  DEFAULT_NEEDS_SETTINGS,
  ZNeedsSettings,
  type TNeedsSettings,
} from '../../shared/schemas/structure-applications';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** The needs settings (stored as settings keys), defaults filled in. */
export async function getNeedsSettings(ex: Executor): Promise<TNeedsSettings> {
  const stored = await readSettings(ex);
  const parsed = ZNeedsSettings.partial().safeParse(stored);
  return { ...DEFAULT_NEEDS_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** Changes how often structures re-confirm their details and when they are reminded (admins). */
export async function updateNeedsSettings(ctx: ServiceContext, input: TNeedsSettings) {
  return ctx.db.transaction(async (tx) => {
    const before = await getNeedsSettings(tx);
    await writeSettings(tx, input, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'needs',
      before,
      after: input,
    });
    return getNeedsSettings(tx);
  });
}
