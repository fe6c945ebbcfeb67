import { AppError } from '../../shared/app-error';
import type { TDuplicateAllowanceInput } from '../../shared/schemas/campaigns';
import { findCampaign } from '../../db/repositories/campaigns-repo';
import { findBeneficiary } from '../../db/repositories/beneficiaries-repo';
import { insertAllowances } from '../../db/repositories/request-claims-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { requireActor } from './scope';

/**
 * Lets a beneficiary be equipped once more with a kind in a campaign (lost or stolen device):
 * the structure can then submit a request that the duplicate guard would refuse. Audited.
 */
export async function allowDuplicate(
  ctx: ServiceContext,
  campaignId: string,
  input: TDuplicateAllowanceInput,
) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, campaignId);
    if (!campaign) throw new AppError('not_found', 'Unknown campaign.');
    const beneficiary = await findBeneficiary(tx, input.beneficiaryId);
    if (!beneficiary) {
      throw new AppError('validation.failed', 'Unknown beneficiary.', {
        fields: [{ path: 'beneficiaryId', code: 'beneficiary_unknown' }],
      });
    }
    const row = {
      campaignId,
      beneficiaryId: beneficiary.id,
      kind: input.kind,
      reason: input.reason,
      createdByUserId: actor.userId,
      createdAt: ctx.now(),
    };
    await insertAllowances(tx, [row]);
    await recordAudit(tx, ctx, {
      action: 'campaign.allow_duplicate',
      entityType: 'beneficiary',
      entityId: beneficiary.id,
      after: row,
    });
    return { ok: true as const };
  });
}
