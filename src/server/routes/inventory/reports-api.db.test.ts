import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from '../../../../test/app';
import { buildInventoryWorld } from '../../../../test/inventory';
import { buildDevice, buildOrganisation, buildUser } from '../../../../test/factories';

describe('erasure report API', () => {
  const t = useTestApp();
  const lotId = '44444444-4444-4444-8444-444444444444';

  async function lot() {
    const world = await buildInventoryWorld(t.database.db);
    const common = {
      originType: 'donation_lot' as const,
      originId: lotId,
      donorOrganisationId: world.donor.id,
    };
    const a = await buildDevice(t.database.db, {
      ...common,
      locationId: world.warehouse.id,
      serial: 'R-A',
      drives: [
        { serial: 'R-A-1', type: 'ssd' },
        { serial: 'R-A-2', type: 'hdd' },
      ],
    });
    await buildDevice(t.database.db, {
      ...common,
      locationId: world.warehouse.id,
      kind: 'monitor',
      serial: 'R-M',
    });
    const op = await loginAs(t.app, world.users.operatorA.user.email);
    const drives = (await t.app.inject({ url: `/api/devices/${a.id}`, headers: op.headers })).json()
      .drives;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${a.id}/erasures`,
      headers: op.headers,
      payload: {
        driveId: drives[0].id,
        method: 'crypto_erase',
        standard: 'nist_800_88_purge',
        tool: 'Blancco Drive Eraser',
        toolVersion: '7.9',
        startedAt: '2026-01-05T09:00:00Z',
        endedAt: '2026-01-05T09:05:00Z',
        result: 'success',
        toolReportRef: 'BL-778812',
      },
    });
    expect(res.statusCode).toBe(201);
    return { world, op, a };
  }

  it('gives the donor contact a PDF whose hash anyone can verify; the same content keeps its hash', async () => {
    const { world } = await lot();
    const donor = await loginAs(t.app, world.users.donorContact.user.email);
    const res = await t.app.inject({
      url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
      headers: donor.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const hash = String(res.headers['x-report-sha256']);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await t.app.inject({
      url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
      headers: donor.headers,
    });
    expect(again.headers['x-report-sha256']).toBe(hash);

    const verified = await t.app.inject({
      url: `/api/erasure-reports/verify?hash=${hash.toUpperCase()}`,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      isIssued: true,
      hash,
      deviceCount: 2,
      driveCount: 2,
      clearedCount: 1,
    });
    const other = createHash('sha256').update('not a report').digest('hex');
    expect(
      (await t.app.inject({ url: `/api/erasure-reports/verify?hash=${other}` })).json(),
    ).toEqual({ isIssued: false, hash: other });
    const malformed = await t.app.inject({ url: '/api/erasure-reports/verify?hash=abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.fields).toEqual([{ path: 'hash', code: 'hash_format' }]);
  });

  it('changes the hash when the evidence changes', async () => {
    const { world, op, a } = await lot();
    const coord = await loginAs(t.app, world.users.coordinator.user.email);
    const first = await t.app.inject({
      url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
      headers: coord.headers,
    });
    const drives = (await t.app.inject({ url: `/api/devices/${a.id}`, headers: op.headers })).json()
      .drives;
    await t.app.inject({
      method: 'POST',
      url: `/api/devices/${a.id}/erasures`,
      headers: op.headers,
      payload: {
        driveId: drives[1].id,
        method: 'physical_destruction',
        standard: 'nist_800_88_destroy',
        tool: 'Broyeur',
        startedAt: '2026-01-06T09:00:00Z',
        endedAt: '2026-01-06T09:01:00Z',
        result: 'success',
      },
    });
    const second = await t.app.inject({
      url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
      headers: coord.headers,
    });
    expect(second.headers['x-report-sha256']).not.toBe(first.headers['x-report-sha256']);
    const v = await t.app.inject({
      url: `/api/erasure-reports/verify?hash=${second.headers['x-report-sha256']}`,
    });
    expect(v.json()).toMatchObject({ clearedCount: 2 });
  });

  it('is readable by bank staff, the workshop holding the devices and the donor; others get 404', async () => {
    const { world, op } = await lot();
    expect(
      (
        await t.app.inject({
          url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
          headers: op.headers,
        })
      ).statusCode,
    ).toBe(200);
    const opB = await loginAs(t.app, world.users.operatorB.user.email);
    expect(
      (
        await t.app.inject({
          url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
          headers: opB.headers,
        })
      ).statusCode,
    ).toBe(404);
    const otherDonor = await buildOrganisation(t.database.db, {
      kind: 'donor',
      name: 'Autre donateur',
    });
    const { user } = await buildUser(t.database.db, {
      role: 'donor_contact',
      organisationId: otherDonor.id,
    });
    const stranger = await loginAs(t.app, user.email);
    expect(
      (
        await t.app.inject({
          url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
          headers: stranger.headers,
        })
      ).statusCode,
    ).toBe(404);
    const referent = await buildUser(t.database.db, { role: 'referent' });
    const ref = await loginAs(t.app, referent.user.email);
    expect(
      (
        await t.app.inject({
          url: `/api/donation-lots/${lotId}/erasure-report.pdf`,
          headers: ref.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          url: `/api/donation-lots/${'5'.repeat(8)}-5555-4555-8555-555555555555/erasure-report.pdf`,
          headers: op.headers,
        })
      ).statusCode,
    ).toBe(404);
  });
});
