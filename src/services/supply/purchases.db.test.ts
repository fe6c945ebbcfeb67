import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildGrant } from '../../../test/factories';
import { buildPurchaseWorld, failure, fieldCodes, order100 } from '../../../test/supply';
import { devices, grantCharges, purchaseReturns, stockEvents } from '../../db/schema';
import { type AppError } from '../../shared/app-error';
import {
  createPurchaseOrder,
  cancelPurchaseOrder,
  closePurchaseOrder,
  updatePurchaseOrder,
} from './save-purchase-order';
import { confirmPurchaseOrder, previewConfirm } from './confirm-purchase-order';
import { receivePurchase } from './receive-purchase';
import { getPurchaseOrder } from './read-purchase-orders';
import { getGrant, listGrantDevices, listGrants } from './read-grants';
import { addInstalment } from './grant-money';

/** A tier-1 laptop: 8 GB RAM, 240 GB SSD. */
const good = (i: number) => ({
  serial: `PC-${i}`,
  ramMb: 8192,
  storageGb: 256,
  storageType: 'ssd' as const,
});

describe('purchases and grants (service, real database)', () => {
  const t = useTestDatabase();
  const setup = () => buildPurchaseWorld(t.database.db);

  it('acceptance: 100 tier-1 laptops on an earmarked grant, 60 received, figures and earmarks follow', async () => {
    const { db, ctx, supplier, tier, location, ase } = await setup();
    const grant = await buildGrant(db, { pledgedCents: 30_000_00, restrictionNetworkId: ase.id });
    await addInstalment(ctx, grant.id, { amountCents: 10_000_00, receivedOn: '2026-02-15' });
    const order = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [{ grantId: grant.id, amountCents: 22_680_00 }]),
    );
    expect(order).toMatchObject({
      status: 'draft',
      netCents: 18_900_00,
      vatCents: 3_780_00,
      grossCents: 22_680_00,
    });
    expect(order.number).toBe('ACH-2026-000001');

    const preview = await previewConfirm(ctx, order.id);
    expect(preview.grants).toEqual([
      expect.objectContaining({
        grantId: grant.id,
        leftBeforeCents: 30_000_00,
        leftAfterCents: 7_320_00,
        isExceeded: false,
      }),
    ]);
    expect(preview.canConfirm).toBe(true);
    const confirmed = await confirmPurchaseOrder(ctx, order.id);
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      earmarkNetworkId: ase.id,
      funderOrganisationId: grant.funderId,
    });
    expect((await getGrant(ctx, grant.id)).figures).toEqual({
      pledgedCents: 30_000_00,
      receivedCents: 10_000_00,
      committedCents: 22_680_00,
      spentCents: 0,
      leftCents: 7_320_00,
    });

    const lineId = (await getPurchaseOrder(ctx, order.id)).lines[0]!.id;
    const reception = await receivePurchase(ctx, order.id, {
      locationId: location.id,
      deliveryNoteRef: 'BL-778',
      units: Array.from({ length: 60 }, (_, i) => ({ lineId, ...good(i) })),
    });
    expect(reception).toMatchObject({ status: 'partly_received', amountCents: 13_608_00 });
    expect(reception.received).toHaveLength(60);
    expect(reception.charges).toEqual([{ grantId: grant.id, amountCents: 13_608_00 }]);

    const bought = await db.select().from(devices).where(eq(devices.originId, lineId));
    expect(bought).toHaveLength(60);
    expect(
      bought.every((d) => d.earmarkNetworkId === ase.id && d.originType === 'purchase_line'),
    ).toBe(true);
    expect(
      bought.every((d) => d.funderOrganisationId === grant.funderId && d.state === 'received'),
    ).toBe(true);
    const ledger = await db.select().from(stockEvents).where(eq(stockEvents.linkedId, lineId));
    expect(ledger).toHaveLength(60);
    expect(ledger.every((e) => e.earmarkNetworkId === ase.id)).toBe(true);

    const page = await getGrant(ctx, grant.id);
    expect(page.figures).toEqual({
      pledgedCents: 30_000_00,
      receivedCents: 10_000_00,
      committedCents: 9_072_00,
      spentCents: 13_608_00,
      leftCents: 7_320_00,
    });
    expect(page.orders).toEqual([
      expect.objectContaining({
        number: 'ACH-2026-000001',
        allocationCents: 22_680_00,
        chargedCents: 13_608_00,
        devices: 60,
      }),
    ]);
    expect(page.impact).toMatchObject({
      devices: 60,
      devicesHandedOver: 0,
      peopleReached: 0,
      co2eAvoidedGrams: 0,
    });
    expect(page.restrictions.network).toEqual({ id: ase.id, name: 'ASE' });
    expect((await listGrantDevices(ctx, grant.id, { limit: 5 })).items).toHaveLength(5);

    // The remaining 40 close the order and charge exactly the allocation.
    await receivePurchase(ctx, order.id, {
      locationId: location.id,
      units: Array.from({ length: 40 }, (_, i) => ({ lineId, ...good(100 + i) })),
    });
    const full = await getGrant(ctx, grant.id);
    expect(full.figures).toMatchObject({
      committedCents: 0,
      spentCents: 22_680_00,
      leftCents: 7_320_00,
    });
    expect((await getPurchaseOrder(ctx, order.id)).status).toBe('received');
    expect((await closePurchaseOrder(ctx, order.id, {})).status).toBe('closed');
  });

  it('returns non-conforming and surplus units with their reason, never stocked', async () => {
    const { db, ctx, supplier, tier, location } = await setup();
    const grant = await buildGrant(db);
    const order = await createPurchaseOrder(ctx, {
      supplierId: supplier.id,
      lines: [
        {
          kind: 'laptop',
          specTierId: tier.id,
          quantity: 2,
          unitPriceCents: 100_00,
          vatRateBp: 2000,
        },
      ],
      grants: [{ grantId: grant.id, amountCents: 240_00 }],
    });
    await confirmPurchaseOrder(ctx, order.id);
    const lineId = (await getPurchaseOrder(ctx, order.id)).lines[0]!.id;
    const r = await receivePurchase(ctx, order.id, {
      locationId: location.id,
      units: [
        { lineId, ...good(1) },
        { lineId, serial: 'HDD-1', ramMb: 8192, storageGb: 500, storageType: 'hdd' },
        { lineId, ...good(2), rejectReason: 'damaged', rejectNote: 'écran fêlé' },
        { lineId, ...good(3) },
        { lineId, ...good(4) },
      ],
    });
    expect(r.received.map((d) => d.serial)).toEqual(['PC-1', 'PC-3']);
    expect(r.returned.map((x) => `${x.serial}:${x.reason}`)).toEqual([
      'HDD-1:tier_not_met',
      'PC-2:damaged',
      'PC-4:over_quantity',
    ]);
    expect(r.returned[0]!.shortfalls).toEqual([
      expect.objectContaining({ field: 'storageType', required: 'ssd' }),
    ]);
    expect(r.status).toBe('received');
    expect(await db.select().from(purchaseReturns)).toHaveLength(3);
    expect((await db.select().from(devices)).map((d) => d.serial).sort()).toEqual(['PC-1', 'PC-3']);
    expect((await db.select().from(grantCharges)).map((c) => c.amountCents)).toEqual([240_00]);
  });

  it('refuses to confirm beyond a grant (grant_exceeded) and splits across grants exactly', async () => {
    const { db, ctx, supplier, tier } = await setup();
    const small = await buildGrant(db, { pledgedCents: 10_000_00 });
    const other = await buildGrant(db, { pledgedCents: 20_000_00 });
    const order = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [{ grantId: small.id, amountCents: 22_680_00 }]),
    );
    const preview = await previewConfirm(ctx, order.id);
    expect(preview).toMatchObject({ isExceeded: true, canConfirm: false });
    const e = await failure(confirmPurchaseOrder(ctx, order.id));
    expect(e.code).toBe('grant_exceeded');
    expect(e.details?.grants).toEqual([
      expect.objectContaining({ grantId: small.id, leftAfterCents: -12_680_00 }),
    ]);
    expect((await getPurchaseOrder(ctx, order.id)).status).toBe('draft');
    // Allocations must sum to the total (incl. VAT), to the cent.
    const mismatch = await failure(
      updatePurchaseOrder(
        ctx,
        order.id,
        order100(supplier.id, tier.id, [{ grantId: small.id, amountCents: 22_679_99 }]),
      ),
    );
    expect(fieldCodes(mismatch)).toEqual(['grants:allocation_sum_mismatch']);
    await updatePurchaseOrder(
      ctx,
      order.id,
      order100(supplier.id, tier.id, [
        { grantId: small.id, amountCents: 7_560_00 },
        { grantId: other.id, amountCents: 15_120_00 },
      ]),
    );
    await confirmPurchaseOrder(ctx, order.id);
    const figures = await listGrants(ctx, {});
    expect(figures.items.map((g) => g.committedCents).sort((a, b) => a - b)).toEqual([
      7_560_00, 15_120_00,
    ]);
    // Cancelling the confirmed order releases the commitments.
    await cancelPurchaseOrder(ctx, order.id, { reason: 'Fournisseur en rupture' });
    expect((await listGrants(ctx, {})).items.every((g) => g.committedCents === 0)).toBe(true);
  });

  it('serialises concurrent confirmations on one grant: only one of two can spend it', async () => {
    const { db, ctx, supplier, tier } = await setup();
    const grant = await buildGrant(db, { pledgedCents: 40_000_00 });
    const o1 = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [{ grantId: grant.id, amountCents: 22_680_00 }]),
    );
    const o2 = await createPurchaseOrder(
      ctx,
      order100(supplier.id, tier.id, [{ grantId: grant.id, amountCents: 22_680_00 }]),
    );
    const results = await Promise.allSettled([
      confirmPurchaseOrder(ctx, o1.id),
      confirmPurchaseOrder(ctx, o2.id),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe('grant_exceeded');
    expect((await getGrant(ctx, grant.id)).figures).toMatchObject({
      committedCents: 22_680_00,
      leftCents: 17_320_00,
    });
  });

  it('charges each partial delivery in proportion to what each grant still owes, ending exact', async () => {
    const { db, ctx, supplier, tier, location } = await setup();
    const a = await buildGrant(db);
    const b = await buildGrant(db);
    const order = await createPurchaseOrder(ctx, {
      supplierId: supplier.id,
      lines: [
        {
          kind: 'laptop',
          specTierId: tier.id,
          quantity: 3,
          unitPriceCents: 33_33,
          vatRateBp: 2000,
        },
      ],
      grants: [
        { grantId: a.id, amountCents: 60_00 },
        { grantId: b.id, amountCents: 59_99 },
      ],
    });
    expect(order.grossCents).toBe(119_99);
    await confirmPurchaseOrder(ctx, order.id);
    const lineId = (await getPurchaseOrder(ctx, order.id)).lines[0]!.id;
    for (let i = 0; i < 3; i++)
      await receivePurchase(ctx, order.id, {
        locationId: location.id,
        units: [{ lineId, ...good(i) }],
      });
    const byGrant = new Map<string, number>();
    for (const c of await db.select().from(grantCharges))
      byGrant.set(c.grantId, (byGrant.get(c.grantId) ?? 0) + c.amountCents);
    expect(byGrant.get(a.id)).toBe(60_00);
    expect(byGrant.get(b.id)).toBe(59_99);
  });
});
