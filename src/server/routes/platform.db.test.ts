import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testConfig, useTestApp } from '../../../test/app';
import { buildCampaign, buildRequest, buildStructure, buildUser } from '../../../test/factories';
import { useTestDatabase } from '../../../test/db';
import { buildApp } from '../app';
import { VERSION } from '../version';
import type { TApp } from '../types';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface TOperation {
  responses?: Record<string, { description?: unknown }>;
  parameters?: { name: string; in: string; required?: boolean }[];
  operationId?: string;
}

/** Structural checks of an OpenAPI 3.1 document (no validator is installed; see report). */
function openApiProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const info = doc.info as { title?: unknown; version?: unknown } | undefined;
  if (typeof info?.title !== 'string' || typeof info.version !== 'string') problems.push('info');
  const operationIds = new Set<string>();
  const paths = doc.paths as Record<string, Record<string, TOperation>>;
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/')) problems.push(`${path}: must start with /`);
    const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const responses = Object.entries(op.responses ?? {});
      if (!responses.length) problems.push(`${where}: no responses`);
      for (const [status, response] of responses) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status))
          problems.push(`${where}: status ${status}`);
        if (typeof response.description !== 'string')
          problems.push(`${where} ${status}: no description`);
      }
      for (const name of templated) {
        const p = op.parameters?.find((x) => x.in === 'path' && x.name === name);
        if (!p?.required)
          problems.push(`${where}: path parameter ${name} not declared as required`);
      }
      if (op.operationId) {
        if (operationIds.has(op.operationId)) problems.push(`${where}: duplicate operationId`);
        operationIds.add(op.operationId);
      }
    }
  }
  // Every $ref points inside the document.
  const text = JSON.stringify(doc);
  for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
    const target = ref!
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>(
        (node, key) =>
          (node as Record<string, unknown> | undefined)?.[
            key.replace(/~1/g, '/').replace(/~0/g, '~')
          ],
        doc,
      );
    if (!ref!.startsWith('#/') || target === undefined) problems.push(`unresolved $ref ${ref}`);
  }
  return problems;
}

describe('platform routes', () => {
  const t = useTestApp();

  it('reports health with the database engine and version', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind, version: VERSION });
  });

  it('documents every route in a valid OpenAPI 3.1 document', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(openApiProblems(doc)).toEqual([]);
    const missing = t.routes
      .filter((r) => r.url !== '/api/openapi.json')
      .filter((r) => !doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
  });

  it('lists what waits for a referent, from its own structure only; refuses anonymous', async () => {
    const db = t.database.db;
    const [mine, other] = [await buildStructure(db), await buildStructure(db)];
    const campaign = await buildCampaign(db);
    const lines = [{ kind: 'laptop' as const, quantity: 1 }];
    await buildRequest(db, {
      structureId: mine.id,
      campaignId: campaign.id,
      status: 'draft',
      lines,
    });
    for (const structureId of [other.id, other.id]) {
      await buildRequest(db, { structureId, campaignId: campaign.id, status: 'draft', lines });
    }
    const { user } = await buildUser(db, { role: 'referent', organisationId: mine.id });
    const agent = await loginAs(t.app, user.email);
    const res = await t.app.inject({ url: '/api/home/tasks', headers: agent.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toContainEqual({ key: 'referent.drafts', count: 1, to: '/requests' });
    expect(body.grants).toEqual([]);
    expect((await t.app.inject({ url: '/api/home/tasks' })).statusCode).toBe(401);
  });

  it('answers an unknown API route with a JSON 404 carrying the request id', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await t.app.inject({
        method,
        url: '/api/nothing-here',
        payload: method === 'POST' ? {} : undefined,
      });
      expect(res.statusCode).toBe(404);
      const body = res.json();
      expect(body.error).toMatchObject({ code: 'not_found' });
      expect(body.error.requestId).toBe(res.headers['x-request-id']);
    }
  });

  it('sends security headers on every response', async () => {
    for (const url of ['/api/health', '/api/nothing-here']) {
      const res = await t.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
      // Plain http (a bank's own network): scripts must not be rewritten to https.
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('compresses large answers for clients that accept it, and only for them', async () => {
    const plain = await t.app.inject({ url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const spec = plain.json<{ openapi: string }>();
    expect(spec.openapi).toMatch(/^3\.1/);
    for (const [encoding, inflate] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await t.app.inject({
        url: '/api/openapi.json',
        headers: { 'accept-encoding': encoding },
      });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(JSON.parse(inflate(res.rawPayload).toString('utf8'))).toEqual(spec);
    }
  });
});

describe('behind HTTPS', () => {
  const t = useTestDatabase();

  it('asks browsers to upgrade requests and to remember HTTPS', async () => {
    const { app } = await buildApp({
      database: t.database,
      config: { ...testConfig(), secureCookies: true },
      serveWeb: false,
    });
    try {
      const res = await app.inject({ url: '/api/health' });
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await app.close();
    }
  });
});

describe('unexpected errors', () => {
  const t = useTestDatabase();
  let app: TApp;

  beforeAll(async () => {
    ({ app } = await buildApp({ database: t.database, config: testConfig(), serveWeb: false }));
    app.get('/api/test/boom', { config: { action: 'public' } }, async () => {
      throw new Error('secret detail at /srv/passerelle/internal.ts:42');
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('become a 500 without internals, with the request id in header and body', async () => {
    const res = await app.inject({ url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      error: {
        code: 'internal',
        message: 'Internal error',
        requestId: res.headers['x-request-id'],
      },
    });
    expect(res.body).not.toMatch(/secret|internal\.ts|at /);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
