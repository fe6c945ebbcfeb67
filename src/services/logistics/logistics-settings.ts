import type { Executor } from '../../db/connect';
import { readSettings, writeSettings } from '../../db/repositories/settings-repo';
import {
  DEFAULT_LOGISTICS_SETTINGS,
  ZLogisticsSettings,
  type TLogisticsSettings,
} from '../../shared/schemas/logistics';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** The logistics delays (stored as settings keys), defaults filled in. */
export async function getLogisticsSettings(ex: Executor): Promise<TLogisticsSettings> {
  const stored = await readSettings(ex);
  const parsed = ZLogisticsSettings.partial().safeParse(stored);
  return { ...DEFAULT_LOGISTICS_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** Changes the follow-up delay and the reception reminder delay (admins). */
export async function updateLogisticsSettings(ctx: ServiceContext, input: TLogisticsSettings) {
  return ctx.db.transaction(async (tx) => {
    const before = await getLogisticsSettings(tx);
    await writeSettings(tx, input, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'logistics',
      before,
      after: input,
    });
    return getLogisticsSettings(tx);
  });
}
