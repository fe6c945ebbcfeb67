import { describe, expect, it } from 'vitest';
import { loginAs } from '../../../../test/app';
import { buildOrganisation, FACTORY_PASSWORD } from '../../../../test/factories';
import { buildShipmentWorld, generateWorldShipments } from '../../../../test/logistics';
import { useNeedsApp } from '../../../../test/needs';
import { buildActor } from '../../../../test/supply';

describe('workshop operators read the shipments they pack', () => {
  const h = useNeedsApp();

  it('sees the shipments leaving its organisation’s warehouses, and nothing else', async () => {
    const db = h.database.db;
    const world = await buildShipmentWorld(db);
    const [shipment] = await generateWorldShipments(world);
    const packer = await buildActor(db, 'workshop_operator', world.bank.id);
    const other = await buildActor(
      db,
      'workshop_operator',
      (await buildOrganisation(db, { kind: 'workshop' })).id,
    );
    const get = async (email: string, url: string) =>
      h.app.inject({ url, headers: (await loginAs(h.app, email, FACTORY_PASSWORD)).headers });

    const own = await get(packer.email, '/api/shipments');
    expect(own.statusCode).toBe(200);
    expect((own.json() as { items: { id: string }[] }).items.map((s) => s.id)).toContain(
      shipment!.id,
    );
    expect((await get(packer.email, `/api/shipments/${shipment!.id}`)).statusCode).toBe(200);

    const foreign = await get(other.email, '/api/shipments');
    expect((foreign.json() as { items: unknown[] }).items).toEqual([]);
    expect((await get(other.email, `/api/shipments/${shipment!.id}`)).statusCode).toBe(404);
  });
});
