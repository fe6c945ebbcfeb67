import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from './support';

/** A date `days` from today, as an ISO day (YYYY-MM-DD). */
export const isoIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An approved request of ASE 93 for three laptops, and a confirmed wave that serves it. */
export async function confirmedWave(referent: Page, coordinator: Page, quantity = 3) {
  const session = await api<{
    activeMembershipId: string;
    memberships: { id: string; organisationId: string }[];
  }>(referent, 'GET', '/api/auth/session');
  const orgId = session.body.memberships.find(
    (m) => m.id === session.body.activeMembershipId,
  )!.organisationId;
  const org = await api<{
    addresses: { id: string; isDelivery: boolean }[];
    networks: { id: string }[];
  }>(referent, 'GET', `/api/organisations/${orgId}`);
  const campaigns = await api<{ items: { id: string }[] }>(
    referent,
    'GET',
    '/api/campaigns?status=open',
  );
  const campaignId = campaigns.body.items[0]!.id;
  const address = org.body.addresses.find((a) => a.isDelivery) ?? org.body.addresses[0]!;
  const created = await api<{ id: string }>(referent, 'POST', '/api/requests', {
    campaignId,
    networkId: org.body.networks[0]?.id ?? null,
    urgency: 'normal',
    deliveryAddressId: address.id,
    preferredFrom: isoIn(7),
    preferredTo: isoIn(30),
    lines: [{ kind: 'laptop', quantity }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id;
  expect((await api(referent, 'POST', `/api/requests/${id}/submit`)).status).toBe(200);
  const detail = await api<{ lines: { id: string }[] }>(coordinator, 'GET', `/api/requests/${id}`);
  const lineIds = detail.body.lines.map((l) => l.id);
  const approved = await api(coordinator, 'POST', `/api/requests/${id}/approve`, {
    lines: lineIds.map((lineId) => ({ lineId, approvedQuantity: quantity })),
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const wave = await api<{ id: string; reference: string }>(
    coordinator,
    'POST',
    '/api/allocation/waves',
    {
      selection: { campaignId, departementCodes: ['93'], kinds: ['laptop'] },
      pins: lineIds,
    },
  );
  expect(wave.status, JSON.stringify(wave.body)).toBe(201);
  const confirmed = await api(coordinator, 'POST', `/api/allocation/waves/${wave.body.id}/confirm`);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { orgId, lineIds, waveId: wave.body.id };
}
