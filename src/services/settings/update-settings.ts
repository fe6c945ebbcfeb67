import { writeSettings } from '../../db/repositories/settings-repo';
import type { TSettings } from '../../shared/schemas/settings';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { getSettings } from './get-settings';

/** Changes the bank's name and logo (admins), audited. */
export async function updateSettings(ctx: ServiceContext, input: TSettings): Promise<TSettings> {
  return ctx.db.transaction(async (tx) => {
    const before = await getSettings(tx);
    await writeSettings(tx, input, ctx.now());
    const after = await getSettings(tx);
    await recordAudit(tx, ctx, {
      action: 'settings.update',
      entityType: 'settings',
      entityId: 'instance',
      before: { bankName: before.bankName, hasLogo: !!before.logoDataUrl },
      after: { bankName: after.bankName, hasLogo: !!after.logoDataUrl },
    });
    return after;
  });
}
