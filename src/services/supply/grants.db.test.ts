import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import {
  buildCampaign,
  buildGrant,
  buildLocation,
  buildNetwork,
  buildSpecTier,
} from '../../../test/factories';
import {
  buildActor,
  buildPurchaseWorld,
  ctxFor,
  failure,
  fieldCodes,
  order100,
} from '../../../test/supply';
import { createPurchaseOrder } from './save-purchase-order';
import { confirmPurchaseOrder } from './confirm-purchase-order';
import { receivePurchase } from './receive-purchase';
import { getGrant, listGrantDevices, listGrants } from './read-grants';
import { addCharge } from './grant-money';
import { createGrant, updateGrantDetails } from './save-grant';

describe('grants: restrictions and rules (service, real database)', () => {
  const t = useTestDatabase();
  const setup = () => buildPurchaseWorld(t.database.db);

  it('enforces restrictions, lifecycle and the grant’s own rules', async () => {
    const { db, ctx, supplier, tier, ase } = await setup();
    const phonesOnly = await buildGrant(db, { restrictionDeviceKind: 'smartphone' });
    const fas = await buildNetwork(db, 'FAS');
    const g1 = await buildGrant(db, { restrictionNetworkId: ase.id });
    const g2 = await buildGrant(db, { restrictionNetworkId: fas.id });
    const o1 = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [{ grantId: phonesOnly.id, amountCents: 22_680_00 }]),
    );
    expect(fieldCodes(await failure(confirmPurchaseOrder(ctx, o1.id)))).toEqual([
      'grants.0.grantId:grant_restriction_kind',
    ]);
    const o2 = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [
        { grantId: g1.id, amountCents: 11_340_00 },
        { grantId: g2.id, amountCents: 11_340_00 },
      ]),
    );
    expect(fieldCodes(await failure(confirmPurchaseOrder(ctx, o2.id)))).toEqual([
      'grants:grant_earmark_conflict',
    ]);
    // Receiving a draft is refused; a tier of another kind too.
    expect(
      (
        await failure(
          receivePurchase(ctx, o2.id, {
            locationId: (await buildLocation(db)).id,
            units: [{ lineId: o2.id }],
          }),
        )
      ).code,
    ).toBe('purchase.invalid_state');
    const phoneTier = await buildSpecTier(db, { number: 1, kind: 'smartphone' });
    const bad = await failure(
      createPurchaseOrder(ctx, {
        supplierId: tier.id,
        lines: [{ kind: 'laptop', specTierId: phoneTier.id, quantity: 1, unitPriceCents: 1 }],
      }),
    );
    expect(fieldCodes(bad)).toEqual([
      'supplierId:supplier_unknown',
      'lines.0.specTierId:tier_kind_mismatch',
    ]);
    // Manual charges: refused beyond what is left; the pledge may not drop below what is used.
    const g = await buildGrant(db, { pledgedCents: 1_000_00 });
    expect(
      (
        await failure(
          addCharge(ctx, g.id, {
            amountCents: 1_000_01,
            category: 'logistics',
            chargedOn: '2026-03-02',
            description: 'Transport',
          }),
        )
      ).code,
    ).toBe('grant_exceeded');
    await addCharge(ctx, g.id, {
      amountCents: 400_00,
      category: 'logistics',
      chargedOn: '2026-03-02',
      description: 'Transport',
    });
    const input = {
      funderId: g.funderId,
      name: g.name,
      pledgedCents: 399_99,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    };
    expect(fieldCodes(await failure(updateGrantDetails(ctx, g.id, input)))).toEqual([
      'pledgedCents:pledged_below_used',
    ]);
    expect(
      (await updateGrantDetails(ctx, g.id, { ...input, pledgedCents: 400_00 })).pledgedCents,
    ).toBe(400_00);
  });

  it('creates grants with checked restrictions and shows a funder its own grants only', async () => {
    const { db, ctx, ase } = await setup();
    const funder = await buildActor(db, 'funder');
    const campaign = await buildCampaign(db);
    const grant = await createGrant(ctx, {
      funderId: funder.organisationId,
      name: 'Fondation X — ASE Île-de-France',
      pledgedCents: 50_000_00,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      restrictions: {
        networkId: ase.id,
        regionCode: '11',
        deviceKind: 'laptop',
        campaignId: campaign.id,
      },
    });
    const bad = await failure(
      createGrant(ctx, {
        funderId: ase.id,
        name: 'x',
        pledgedCents: 1,
        startsOn: '2026-02-01',
        endsOn: '2026-01-01',
        restrictions: { networkId: funder.organisationId, departementCode: '99' },
      }),
    );
    expect(fieldCodes(bad)).toEqual([
      'funderId:funder_unknown',
      'restrictions.networkId:network_unknown',
      'restrictions.departementCode:departement_unknown',
      'endsOn:period_invalid',
    ]);
    const other = await buildGrant(db);
    const funderCtx = ctxFor(db, funder.actor);
    expect((await listGrants(funderCtx, {})).items.map((g) => g.id)).toEqual([grant.id]);
    expect((await getGrant(funderCtx, grant.id)).restrictions).toMatchObject({
      regionCode: '11',
      deviceKind: 'laptop',
    });
    expect((await failure(getGrant(funderCtx, other.id))).code).toBe('not_found');
    expect((await failure(listGrantDevices(funderCtx, other.id, {}))).code).toBe('not_found');
  });
});
