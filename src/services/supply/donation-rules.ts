import type { Executor } from '../../db/connect';
import { readSettings, writeSettings } from '../../db/repositories/settings-repo';
import { DEFAULT_DONATION_RULES, type TDonationRules } from '../../domain/supply/donation-rules';
import { ZDonationRules, type TDonationRulesInput } from '../../shared/schemas/donations';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';

/** Settings key of the donation rules. */
export const DONATION_RULES_KEY = 'donation_rules';

/** The minimum rules in force (the defaults until an admin changes them). */
export async function getDonationRules(ex: Executor): Promise<TDonationRules> {
  const stored = (await readSettings(ex))[DONATION_RULES_KEY];
  const parsed = ZDonationRules.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_DONATION_RULES;
}

/** Replaces the rules (admins), audited. */
export async function updateDonationRules(ctx: ServiceContext, raw: TDonationRulesInput) {
  const input = parseInput(ZDonationRules, raw);
  return ctx.db.transaction(async (tx) => {
    const before = await getDonationRules(tx);
    await writeSettings(tx, { [DONATION_RULES_KEY]: input }, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'donation.rules.update',
      entityType: 'settings',
      entityId: DONATION_RULES_KEY,
      before,
      after: input,
    });
    return input as TDonationRules;
  });
}
