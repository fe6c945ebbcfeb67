import type { Executor } from '../../db/connect';
import { findGrantsByIds, grantSums, type TGrantRow } from '../../db/repositories/grants-repo';
import { grantFigures, type TGrantFigures } from '../../domain/supply/grant-budget';
import type { TRestrictedGrant } from '../../domain/supply/grant-restrictions';

/** A grant row as the pure restriction checks see it. */
export function toRestrictedGrant(g: TGrantRow): TRestrictedGrant {
  return {
    id: g.id,
    startsOn: g.startsOn,
    endsOn: g.endsOn,
    restrictions: {
      networkId: g.restrictionNetworkId,
      regionCode: g.restrictionRegionCode,
      departementCode: g.restrictionDepartementCode,
      deviceKind: g.restrictionDeviceKind,
      campaignId: g.restrictionCampaignId,
    },
  };
}

/**
 * Grants with their figures (pledged, received, committed, spent, left). With `lock`, their
 * rows are locked in id order first, so the figures cannot change until the caller commits:
 * two confirmations or charges on one grant are serialised and cannot both overspend it.
 */
export async function loadGrantFigures(
  ex: Executor,
  ids: string[],
  options: { lock?: boolean } = {},
): Promise<Map<string, { grant: TGrantRow; figures: TGrantFigures }>> {
  const unique = [...new Set(ids)];
  const rows = await findGrantsByIds(ex, unique, options);
  const sums = await grantSums(ex, unique);
  return new Map(
    rows.map((g) => [
      g.id,
      { grant: g, figures: grantFigures({ pledgedCents: g.pledgedCents, ...sums.get(g.id)! }) },
    ]),
  );
}
