import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { api } from './support';

/** A date `days` from today, as an ISO day (YYYY-MM-DD). */
export const isoIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A draft request of the logged-in referent's structure (ASE 93 in the demo) in the open
 * campaign, created through the API so that no demo request changes: one line of `quantity`
 * laptops (or the campaign's first kind when it offers no laptop).
 */
export async function draftDemoRequest(
  referent: Page,
  options: { quantity: number; urgency?: 'normal' | 'high'; urgencyReason?: string },
) {
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
  const campaigns = await api<{ items: { id: string; offeredKinds: string[] }[] }>(
    referent,
    'GET',
    '/api/campaigns?status=open',
  );
  const campaign = campaigns.body.items[0]!;
  const kind = campaign.offeredKinds.includes('laptop') ? 'laptop' : campaign.offeredKinds[0]!;
  const address = org.body.addresses.find((a) => a.isDelivery) ?? org.body.addresses[0]!;
  const created = await api<{ id: string; reference: string }>(referent, 'POST', '/api/requests', {
    campaignId: campaign.id,
    networkId: org.body.networks[0]?.id ?? null,
    urgency: options.urgency ?? 'normal',
    ...(options.urgencyReason ? { urgencyReason: options.urgencyReason } : {}),
    deliveryAddressId: address.id,
    preferredFrom: isoIn(7),
    preferredTo: isoIn(30),
    lines: [{ kind, quantity: options.quantity }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return {
    id: created.body.id,
    reference: created.body.reference,
    kind,
    campaignId: campaign.id,
    orgId,
  };
}

/** The same request, submitted by the referent and approved in full by the coordinator. */
export async function approvedDemoRequest(referent: Page, coordinator: Page, quantity: number) {
  const draft = await draftDemoRequest(referent, { quantity });
  const submitted = await api(referent, 'POST', `/api/requests/${draft.id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const detail = await api<{ lines: { id: string }[] }>(
    coordinator,
    'GET',
    `/api/requests/${draft.id}`,
  );
  const lineIds = detail.body.lines.map((l) => l.id);
  const approved = await api(coordinator, 'POST', `/api/requests/${draft.id}/approve`, {
    lines: lineIds.map((lineId) => ({ lineId, approvedQuantity: quantity })),
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return { ...draft, lineIds };
}

/** An approved request of ASE 93 for `quantity` laptops, and a confirmed wave that serves it. */
export async function confirmedWave(referent: Page, coordinator: Page, quantity = 3) {
  const { orgId, lineIds, campaignId } = await approvedDemoRequest(referent, coordinator, quantity);
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
