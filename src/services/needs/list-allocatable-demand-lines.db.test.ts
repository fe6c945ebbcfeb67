import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { testConfig } from '../../../test/app';
import { buildCampaign, buildNetwork, buildRequest, buildStructure } from '../../../test/factories';
import { requestLines } from '../../db/schema';
import { ZDemand } from '../../domain/allocation/types';
import type { ServiceContext } from '../context';
import { listAllocatableDemandLines } from './list-allocatable-demand-lines';

const NOW = new Date('2020-05-04T08:00:00Z');

describe('listAllocatableDemandLines', () => {
  const t = useTestDatabase();
  const ctx = (): ServiceContext => ({
    db: t.database.db,
    actor: null,
    now: () => NOW,
    config: testConfig(),
  });

  it('returns approved, not yet allocated units as demands the allocation engine accepts', async () => {
    const db = t.database.db;
    const network = await buildNetwork(db, 'FAS');
    const located = await buildStructure(db, {
      networkIds: [network.id],
      address: {
        postalCode: '13001',
        communeCode: '13055',
        communeName: 'Marseille',
        departementCode: '13',
        regionCode: '93',
        lat: 43.3,
        lon: 5.38,
      },
    });
    const lonely = await buildStructure(db, { networkIds: [] });
    const campaign = await buildCampaign(db);
    const other = await buildCampaign(db);
    const approved = await buildRequest(db, {
      structureId: located.id,
      campaignId: campaign.id,
      status: 'approved',
      submittedAt: new Date(NOW.getTime() - 5 * 86_400_000),
      lines: [
        { kind: 'laptop', quantity: 5, approvedQuantity: 4, minTier: 2 },
        { kind: 'router_4g', quantity: 2, approvedQuantity: 0, decisionReason: 'non' },
        { kind: 'tablet', quantity: 2 },
      ],
    });
    await db
      .update(requestLines)
      .set({ allocatedQuantity: 1 })
      .where(eq(requestLines.id, approved.lines[0]!.id));
    await db
      .update(requestLines)
      .set({ allocatedQuantity: 2 })
      .where(eq(requestLines.id, approved.lines[2]!.id));
    const partly = await buildRequest(db, {
      structureId: lonely.id,
      campaignId: campaign.id,
      status: 'partly_fulfilled',
      lines: [{ kind: 'smartphone', quantity: 3 }],
    });
    for (const status of ['draft', 'submitted', 'rejected', 'withdrawn', 'fulfilled'] as const) {
      await buildRequest(db, {
        structureId: located.id,
        campaignId: campaign.id,
        status,
        lines: [
          { kind: 'laptop', quantity: 1, approvedQuantity: status === 'rejected' ? null : 1 },
        ],
      });
    }
    await buildRequest(db, { structureId: located.id, campaignId: other.id, status: 'approved' });

    const demands = await listAllocatableDemandLines(ctx(), { campaignId: campaign.id });
    expect(demands).toEqual([
      {
        id: approved.lines[0]!.id,
        network: network.id,
        lat: 43.3,
        lon: 5.38,
        kind: 'laptop',
        minTier: 2,
        quantity: 3,
        weight: 120,
        requestId: approved.request.id,
        requestNumber: approved.request.number,
        position: 0,
        structureId: located.id,
        structureName: located.name,
        networkId: network.id,
        networkName: network.name,
        urgency: 'normal',
        computedWeight: 120,
        departementCode: '13',
        approximateLocation: false,
      },
      expect.objectContaining({
        id: partly.lines[0]!.id,
        network: 'none',
        minTier: 0,
        quantity: 3,
        lat: 48.857,
        lon: 2.347,
        approximateLocation: true,
      }),
    ]);
    for (const d of demands) expect(ZDemand.safeParse(d).success).toBe(true);
    expect(
      await listAllocatableDemandLines(ctx(), { campaignId: campaign.id, kinds: ['smartphone'] }),
    ).toHaveLength(1);
    expect(await listAllocatableDemandLines(ctx(), { networkId: network.id })).toHaveLength(2);
  });

  it('is for the bank only when called on behalf of a user', async () => {
    const referent = {
      userId: 'u',
      membershipId: 'm',
      role: 'referent' as const,
      organisationId: 'o',
      organisationKind: 'structure' as const,
    };
    await expect(listAllocatableDemandLines({ ...ctx(), actor: referent })).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });
});
