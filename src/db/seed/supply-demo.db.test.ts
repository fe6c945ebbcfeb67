import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import {
  devices,
  donationLotDiscrepancies,
  donationLots,
  grants,
  organisations,
  purchaseOrders,
  taxReceipts,
} from '../schema';
import { loadGrantFigures } from '../../services/supply/grant-figures';
import { seedDemo } from './demo';

describe('supply demo seed', () => {
  const t = useTestDatabase();
  const now = new Date('2026-03-02T09:00:00Z');

  it('holds lots at several stages, receipts, grants and orders whose figures agree', async () => {
    const db = t.database.db;
    await seedDemo(db, { now });
    const lots = await db.select().from(donationLots);
    expect(lots.map((l) => l.status).sort()).toEqual([
      'declared',
      'declined',
      'pickup_scheduled',
      'received',
      'received',
    ]);
    const [numeria] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.name, 'Numéria Services'));
    expect(lots.filter((l) => l.donorOrganisationId === numeria!.id)).toHaveLength(2);
    expect(await db.select().from(donationLotDiscrepancies)).toMatchObject([
      { expectedCount: 10, receivedCount: 9 },
    ]);
    const receipts = await db.select().from(taxReceipts);
    expect(receipts.map((r) => r.number).sort()).toEqual(['2026-000001', '2026-000002']);

    const [ase] = await db.select().from(grants).where(eq(grants.reference, 'FJC-2026-01'));
    const figures = (await loadGrantFigures(db, [ase!.id])).get(ase!.id)!.figures;
    // 40 laptops at 226.80 € incl. VAT: 25 received are spent, 15 still committed.
    expect(figures).toEqual({
      pledgedCents: 150_000_00,
      receivedCents: 75_000_00,
      spentCents: 25 * 226_80,
      committedCents: 15 * 226_80,
      leftCents: 150_000_00 - 40 * 226_80,
    });
    const orders = await db.select().from(purchaseOrders);
    expect(orders.map((o) => o.status).sort()).toEqual(['draft', 'partly_received']);
    const bought = await db.select().from(devices).where(eq(devices.originType, 'purchase_line'));
    expect(bought).toHaveLength(25);
    expect(bought.every((d) => d.earmarkNetworkId === ase!.restrictionNetworkId)).toBe(true);
  });
});
