import { describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAs, useTestApp } from '../../../test/app';
import { buildNetwork, buildStructure, buildUser, fakeSiret } from '../../../test/factories';
import { auditEvents, organisations } from '../../db/schema';
import type * as AuditRepo from '../../db/repositories/audit-repo';

// Lets a test make the audit write fail AFTER the organisation was updated, in the same
// transaction, to prove that the change and its trail commit or roll back together.
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock('../../db/repositories/audit-repo', async (importOriginal) => {
  const actual = await importOriginal<typeof AuditRepo>();
  return {
    ...actual,
    insertAuditEvent: async (...args: Parameters<typeof actual.insertAuditEvent>) => {
      if (audit.fail) throw new Error('audit store unavailable');
      return actual.insertAuditEvent(...args);
    },
  };
});

const structureInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'structure',
  name: 'Maison de quartier des Courtillières',
  structureType: 'association',
  legalId: fakeSiret(501),
  email: 'contact@courtillieres.test',
  addresses: [{ label: 'Siège', line1: '3 allée Gustave-Courbet', postalCode: '93000' }],
  ...overrides,
});

describe('organisation routes', () => {
  const t = useTestApp();

  async function coordinator() {
    await buildUser(t.database.db, { role: 'coordinator', email: 'coord@bank.test' });
    return loginAs(t.app, 'coord@bank.test');
  }

  it('creates a structure, filling commune, département and région from the postal code', async () => {
    const agent = await coordinator();
    const network = await buildNetwork(t.database.db, 'Réseau E2C');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: agent.headers,
      payload: structureInput({
        legalId: fakeSiret(501).replace(/(\d{3})/, '$1 '),
        networkIds: [network.id],
      }),
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      kind: 'structure',
      legalId: fakeSiret(501),
      departementCode: '93',
      networks: [{ id: network.id, name: 'Réseau E2C' }],
    });
    expect(created.addresses[0]).toMatchObject({
      communeCode: '93008',
      communeName: 'Bobigny',
      departementCode: '93',
      regionCode: '11',
    });
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.id));
    expect(trail.map((e) => e.action)).toEqual(['organisation.create']);
    expect(trail[0]!.after).toMatchObject({ name: 'Maison de quartier des Courtillières' });
  });

  it('explains every field it cannot accept', async () => {
    const agent = await coordinator();
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/organisations', headers: agent.headers, payload });

    const ambiguous = await post(
      structureInput({ addresses: [{ label: 'Siège', line1: '1 rue', postalCode: '01400' }] }),
    );
    expect(ambiguous.statusCode).toBe(400);
    const field = ambiguous.json().error.details.fields[0];
    expect(field).toMatchObject({ path: 'addresses.0.communeCode', code: 'commune_ambiguous' });
    expect(field.params.options.length).toBeGreaterThan(1);
    const chosen = field.params.options[1];
    const resolved = await post(
      structureInput({
        addresses: [
          { label: 'Siège', line1: '1 rue', postalCode: '01400', communeCode: chosen.code },
        ],
      }),
    );
    expect(resolved.statusCode).toBe(201);
    expect(resolved.json().addresses[0]).toMatchObject({
      communeName: chosen.name,
      departementCode: '01',
    });

    const unknown = await post(
      structureInput({ addresses: [{ label: 'Siège', line1: '1 rue', postalCode: '00000' }] }),
    );
    expect(unknown.json().error.details.fields).toEqual([
      { path: 'addresses.0.postalCode', code: 'postal_code_unknown' },
    ]);

    const good = fakeSiret(502);
    const badChecksum = good.slice(0, 13) + String((Number(good[13]) + 1) % 10);
    const siret = await post(structureInput({ legalId: badChecksum }));
    expect(siret.statusCode).toBe(400);
    expect(siret.json().error.details.fields).toEqual([{ path: 'legalId', code: 'siret_invalid' }]);

    const ghost = '6f1c1f4e-9a43-4a55-8d1e-2f7d7f3f9b10';
    const network = await post(structureInput({ networkIds: [ghost] }));
    expect(network.json().error.details.fields).toEqual([
      { path: 'networkIds.0', code: 'network_unknown' },
    ]);

    // Nothing was written by the refused requests.
    const structures = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.kind, 'structure'));
    expect(structures.map((o) => o.name)).toEqual(['Maison de quartier des Courtillières']);
  });

  it('updates with before and after in the trail, atomically', async () => {
    const agent = await coordinator();
    const network = await buildNetwork(t.database.db, 'Croix-Rouge française');
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: agent.headers,
        payload: structureInput(),
      })
    ).json();
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/organisations/${created.id}`,
        headers: agent.headers,
        payload,
      });

    const ok = await put(
      structureInput({ name: 'Maison de quartier — Bobigny', networkIds: [network.id] }),
    );
    expect(ok.statusCode).toBe(200);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'organisation.update'));
    expect(event!.before).toMatchObject({
      name: 'Maison de quartier des Courtillières',
      networks: [],
    });
    expect(event!.after).toMatchObject({
      name: 'Maison de quartier — Bobigny',
      networks: [{ id: network.id, name: 'Croix-Rouge française' }],
    });

    const snapshot = async () => ({
      org: await t.app
        .inject({ url: `/api/organisations/${created.id}`, headers: agent.headers })
        .then((r) => r.json()),
      trail: (await t.database.db.select().from(auditEvents)).length,
    });
    const before = await snapshot();
    const refused = await put(
      structureInput({ name: 'Renommée', networkIds: ['6f1c1f4e-9a43-4a55-8d1e-2f7d7f3f9b10'] }),
    );
    expect(refused.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);

    // A failure after the UPDATE statement (writing the trail) rolls the update back too.
    audit.fail = true;
    try {
      const failed = await put(structureInput({ name: 'Renommée', addresses: [] }));
      expect(failed.statusCode).toBe(500);
    } finally {
      audit.fail = false;
    }
    expect(await snapshot()).toEqual(before);
  });

  it('deactivates without deleting, and lists inactive ones only on request', async () => {
    const agent = await coordinator();
    const structure = await buildStructure(t.database.db, { name: 'CCAS de Saint-Denis' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${structure.id}/active`,
      headers: agent.headers,
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    const list = (q: string) =>
      t.app
        .inject({ url: `/api/organisations?kind=structure${q}`, headers: agent.headers })
        .then((r) => r.json());
    expect((await list('')).items).toEqual([]);
    expect((await list('&includeInactive=true')).items).toMatchObject([
      { id: structure.id, isActive: false },
    ]);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, structure.id));
    expect(event).toMatchObject({
      action: 'organisation.deactivate',
      before: { isActive: true },
      after: { isActive: false },
    });
  });

  it('shows a referent its own structure only, and nothing of the directory', async () => {
    const own = await buildStructure(t.database.db, { name: 'E2C Marseille' });
    const other = await buildStructure(t.database.db, { name: 'E2C Rouen' });
    await buildUser(t.database.db, {
      role: 'referent',
      organisationId: own.id,
      email: 'ref@e2c.test',
    });
    const agent = await loginAs(t.app, 'ref@e2c.test');
    const mine = await t.app.inject({
      url: `/api/organisations/${own.id}`,
      headers: agent.headers,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ name: 'E2C Marseille', addresses: [{ label: 'Siège' }] });
    const theirs = await t.app.inject({
      url: `/api/organisations/${other.id}`,
      headers: agent.headers,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('not_found');
    const list = await t.app.inject({ url: '/api/organisations', headers: agent.headers });
    expect(list.statusCode).toBe(403);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: agent.headers,
      payload: structureInput(),
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('auth.forbidden');
  });
});
