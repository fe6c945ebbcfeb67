import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { organisations, requestEvents, requestLines, requests } from '../schema';
import {
  NEED_KINDS,
  UNDER_15_BANDS,
  type TLack,
  type TRequestStatus,
} from '../../shared/needs-enums';
import { DEMO_NETWORKS, DEMO_ORGANISATIONS } from './demo-data';
import { DEMO_STRUCTURES } from './demo-structures';
import { buildBeneficiary, buildCampaign, buildRequest } from './needs-factories';
import { DEMO_PROFILES, DEMO_REQUESTS } from './demo-needs-data';

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const LACKS: TLack[][] = [
  ['computer', 'connection'],
  ['computer'],
  ['connection'],
  ['tablet', 'connection'],
];

/**
 * Adds the needs area to the demo world: the 2020 "Connexion d'Urgence" (closed, with network
 * quotas from the seeds), its current second wave (open), beneficiaries and ~31 requests in
 * every state across the networks and départements, network coordinator contacts and two
 * structures due to re-confirm their details. `ids` maps the demo keys of demo.ts (network and
 * structure keys such as 'mentorat', 'ase93') to ids; entries whose key is missing are skipped.
 * Call it inside seedDemo's transaction, after the structures exist.
 */
export async function seedDemoNeeds(
  tx: Executor,
  ids: ReadonlyMap<string, string>,
  now: Date = new Date(),
): Promise<{ campaigns: number; requests: number; beneficiaries: number }> {
  const net = (key: string) => ids.get(key);
  const quotas = (list: [string, number][]) =>
    list.flatMap(([key, quantity]) => (net(key) ? [{ networkId: net(key)!, quantity }] : []));
  const past = await buildCampaign(tx, {
    name: 'Connexion d’Urgence 2020',
    status: 'closed',
    startsOn: '2020-03-16',
    endsOn: '2020-07-31',
    goalPeople: 10_000,
    goalsByKind: { laptop: 9_000, tablet: 3_400 },
    offeredKinds: ['laptop', 'tablet', 'router_4g', 'sim_recharge'],
    maxPerBeneficiary: 2,
    quotas: quotas([
      ['mentorat', 1_100],
      ['ase', 5_660],
      ['fas', 5_653],
    ]),
  });
  const current = await buildCampaign(tx, {
    name: 'Connexion d’Urgence — seconde vague',
    startsOn: isoDate(new Date(now.getTime() - 75 * DAY)),
    endsOn: isoDate(new Date(now.getTime() + 120 * DAY)),
    goalPeople: 5_000,
    goalsByKind: { laptop: 3_500, tablet: 1_000, smartphone: 500 },
    offeredKinds: [...NEED_KINDS],
    maxPerBeneficiary: 2,
    quotas: quotas([
      ['mentorat', 400],
      ['ase', 2_000],
      ['fas', 1_500],
      ['e2c', 300],
      ['crf', 300],
      ['spf', 300],
    ]),
  });
  if (net('mentorat')) {
    await tx
      .update(organisations)
      .set({
        coordinatorName: 'Coordination du Collectif Mentorat',
        coordinatorEmail: 'coordination@collectif-mentorat.demo',
      })
      .where(eq(organisations.id, net('mentorat')!));
  }
  if (net('ase')) {
    await tx
      .update(organisations)
      .set({
        coordinatorName: 'Référente nationale ASE',
        coordinatorEmail: 'ase.national@passerelle.demo',
      })
      .where(eq(organisations.id, net('ase')!));
  }
  // Two structures for the yearly confirmation reminders: one overdue, one due within 30 days.
  for (const [key, months] of [
    ['ccas80', 13],
    ['ml57', 11.5],
  ] as const) {
    if (ids.get(key)) {
      await tx
        .update(organisations)
        .set({ detailsConfirmedAt: new Date(now.getTime() - months * 30.5 * DAY) })
        .where(eq(organisations.id, ids.get(key)!));
    }
  }

  let requestCount = 0;
  let people = 0;
  const refs = new Map<string, number>();
  for (const r of DEMO_REQUESTS) {
    const structureId = ids.get(r.structure);
    if (!structureId) continue;
    const [structure] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, structureId));
    const profiles = DEMO_PROFILES[structure?.structureType ?? 'other'] ?? DEMO_PROFILES.other!;
    const beneficiaryIds: string[] = [];
    for (let i = 0; i < Math.min(r.people, r.lines[0]![1]); i++) {
      const n = (refs.get(r.structure) ?? 0) + 1;
      refs.set(r.structure, n);
      const p = profiles[i % profiles.length]!;
      const under15 = UNDER_15_BANDS.includes(p.ageBand);
      const b = await buildBeneficiary(tx, {
        structureId,
        reference: `${r.structure.toUpperCase()}-${String(n).padStart(3, '0')}`,
        ageBand: p.ageBand,
        situation: p.situation,
        schoolLevel: p.schoolLevel,
        departementCode: structure?.departementCode ?? '75',
        householdSize: 2 + ((n * 3) % 5),
        lacks: LACKS[n % LACKS.length]!,
        consentAt: isoDate(new Date(now.getTime() - (r.daysAgo + 2) * DAY)),
        parentalConsentAt: under15
          ? isoDate(new Date(now.getTime() - (r.daysAgo + 2) * DAY))
          : null,
        parentalConsentBy: under15
          ? structure?.structureType === 'ase'
            ? 'child_welfare_service'
            : 'parent'
          : null,
      });
      beneficiaryIds.push(b.id);
      people++;
    }
    const submittedAt = r.past
      ? new Date(`2020-04-${String(10 + (requestCount % 15)).padStart(2, '0')}T09:00:00Z`)
      : new Date(now.getTime() - r.daysAgo * DAY);
    const { request } = await buildRequest(tx, {
      structureId,
      campaignId: r.past ? past.id : current.id,
      status: r.status,
      urgency: r.urgency,
      urgencyReason: r.reason ?? null,
      createdAt: submittedAt,
      submittedAt: r.status === 'draft' ? null : submittedAt,
      preferredFrom: isoDate(new Date((r.past ? submittedAt.getTime() : now.getTime()) + 7 * DAY)),
      preferredTo: isoDate(new Date((r.past ? submittedAt.getTime() : now.getTime()) + 35 * DAY)),
      lines: r.lines.map(([kind, quantity, minTier, approved], i) => ({
        kind,
        quantity,
        minTier,
        approvedQuantity: approved ?? null,
        decisionReason: approved != null && approved < quantity ? (r.cut ?? 'Stock limité') : null,
        beneficiaryIds: i === 0 ? beneficiaryIds : [],
      })),
    });
    if (r.past) {
      await tx
        .update(requestLines)
        .set({ allocatedQuantity: r.lines[0]![3] ?? 0, fulfilledQuantity: r.lines[0]![3] ?? 0 })
        .where(eq(requestLines.requestId, request.id));
    }
    if (r.message)
      await tx.update(requests).set({ statusReason: r.message }).where(eq(requests.id, request.id));
    await tx
      .insert(requestEvents)
      .values(demoHistory(request.id, r.status, submittedAt, r.message ?? null));
    requestCount++;
  }
  return { campaigns: 2, requests: requestCount, beneficiaries: people };
}

/** The human history of a demo request, consistent with the lifecycle table. */
function demoHistory(requestId: string, status: TRequestStatus, at: Date, message: string | null) {
  const path: TRequestStatus[] =
    status === 'draft'
      ? []
      : status === 'fulfilled'
        ? ['submitted', 'approved', 'fulfilled']
        : status === 'submitted'
          ? ['submitted']
          : ['submitted', status];
  let from: TRequestStatus = 'draft';
  const events: (typeof requestEvents.$inferInsert)[] = [
    { requestId, at, kind: 'created', toStatus: 'draft' },
  ];
  path.forEach((to, i) => {
    events.push({
      requestId,
      at: new Date(at.getTime() + (i === 0 ? 0 : i * 10 * DAY)),
      kind: 'status',
      fromStatus: from,
      toStatus: to,
      message: i === path.length - 1 && i > 0 ? message : null,
    });
    from = to;
  });
  return events;
}

/**
 * The demo keys (networks, organisations, structures of demo-data.ts and demo-structures.ts)
 * mapped to the ids of an already seeded demo world, found by name: for callers that do not
 * hold seedDemo's own `ids` map (tests, a later `passerelle seed --needs`).
 */
export async function demoIdsByName(ex: Executor): Promise<Map<string, string>> {
  const rows = await ex
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  const ids = new Map<string, string>();
  for (const o of [...DEMO_NETWORKS, ...DEMO_ORGANISATIONS, ...DEMO_STRUCTURES]) {
    const id = byName.get(o.name);
    if (id) ids.set(o.key, id);
  }
  return ids;
}
