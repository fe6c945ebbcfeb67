import type { TDeviceKind } from '../../shared/inventory';

/**
 * Restrictions a funder puts on its money: a network (ASE…), a région or département, a kind
 * of device, a campaign. Purchases check the kind here; the network restriction becomes the
 * earmark every device bought with the grant carries, so the allocation engine respects it.
 * Région, département and campaign restrictions are kept on the grant for the allocation and
 * reporting issues (devices carry only a network earmark today).
 */

/** A grant's restrictions (null: none). */
export interface TGrantRestrictions {
  networkId: string | null;
  regionCode: string | null;
  departementCode: string | null;
  deviceKind: TDeviceKind | null;
  campaignId: string | null;
}

/** A grant as restriction checks see it. */
export interface TRestrictedGrant {
  id: string;
  restrictions: TGrantRestrictions;
  startsOn: string;
  endsOn: string;
}

/** A problem with funding an order from grants. */
export interface TRestrictionProblem {
  path: string;
  code: 'grant_restriction_kind' | 'grant_earmark_conflict' | 'grant_period';
  params?: Record<string, unknown>;
}

/**
 * Checks an order's funding against its grants' restrictions: a kind-restricted grant pays
 * only for orders whose every line is of that kind; the grants of one order may carry at most
 * one network earmark; the order date must fall in each grant's period.
 */
export function checkOrderFunding(
  lineKinds: readonly TDeviceKind[],
  orderDate: string,
  grants: readonly TRestrictedGrant[],
): TRestrictionProblem[] {
  const problems: TRestrictionProblem[] = [];
  grants.forEach((g, i) => {
    const kind = g.restrictions.deviceKind;
    if (kind && lineKinds.some((k) => k !== kind)) {
      problems.push({
        path: `grants.${i}.grantId`,
        code: 'grant_restriction_kind',
        params: { kind },
      });
    }
    if (orderDate < g.startsOn || orderDate > g.endsOn) {
      problems.push({
        path: `grants.${i}.grantId`,
        code: 'grant_period',
        params: { startsOn: g.startsOn, endsOn: g.endsOn },
      });
    }
  });
  const networks = new Set(
    grants.map((g) => g.restrictions.networkId).filter((n): n is string => !!n),
  );
  if (networks.size > 1) {
    problems.push({
      path: 'grants',
      code: 'grant_earmark_conflict',
      params: { networkIds: [...networks] },
    });
  }
  return problems;
}

/**
 * The earmark devices bought by an order carry: the network of its earmarked grant, if any.
 * An order mixing an earmarked grant with free money is earmarked whole (the conservative
 * reading: the restricted money's devices must respect the restriction).
 */
export function orderEarmark(
  grants: readonly Pick<TRestrictedGrant, 'restrictions'>[],
): string | null {
  return grants.find((g) => g.restrictions.networkId)?.restrictions.networkId ?? null;
}
