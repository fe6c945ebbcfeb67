import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestApp, loginAs } from '../../../test/app';
import { buildUser } from '../../../test/factories';
import { auditEvents, mails, sessions } from '../../db/schema';

describe('auth routes', () => {
  const t = useTestApp({ loginMaxFailures: 3 });

  it('logs in, exposes the session, and logs out', async () => {
    const { user } = await buildUser(t.database.db, {
      role: 'coordinator',
      email: 'coord@bank.org',
    });
    const agent = await loginAs(t.app, 'Coord@Bank.org');
    const me = await t.app.inject({ url: '/api/auth/session', headers: { cookie: agent.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: user.id, email: 'coord@bank.org' } });
    expect(me.json().memberships[0].role).toBe('coordinator');

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: agent.headers,
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({
      url: '/api/auth/session',
      headers: { cookie: agent.cookie },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.required');
  });

  it('sets an httpOnly SameSite=Lax cookie and a new token at each login', async () => {
    await buildUser(t.database.db, { email: 'a@bank.org' });
    const res1 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@bank.org', password: 'passerelle-demo-2026' },
    });
    const res2 = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@bank.org', password: 'passerelle-demo-2026' },
    });
    const c1 = String(res1.headers['set-cookie']);
    expect(c1).toMatch(/HttpOnly/);
    expect(c1).toMatch(/SameSite=Lax/);
    expect(c1.split(';')[0]).not.toBe(String(res2.headers['set-cookie']).split(';')[0]);
    const stored = await t.database.db.select().from(sessions);
    expect(stored).toHaveLength(2);
    // The table holds hashes, never the cookie value.
    expect(stored.map((s) => s.id)).not.toContain(c1.split(';')[0]!.split('=')[1]);
  });

  it('refuses a wrong password, then rate-limits with a clear code', async () => {
    await buildUser(t.database.db, { email: 'b@bank.org' });
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'b@bank.org', password: 'wrong-password' },
      });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('auth.invalid_credentials');
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'b@bank.org', password: 'passerelle-demo-2026' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.rate_limited');
  });

  it('rejects a write without the CSRF token', async () => {
    await buildUser(t.database.db, { email: 'c@bank.org' });
    const agent = await loginAs(t.app, 'c@bank.org');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: agent.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf');
  });

  it('validates input with field-level errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nope', password: '' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation.failed');
    expect(body.error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'email_invalid' },
        { path: 'password', code: 'required' },
      ]),
    );
  });

  it('resets a password with a one-time link from the outbox', async () => {
    const { user } = await buildUser(t.database.db, { email: 'd@bank.org', locale: 'en' });
    const req = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'd@bank.org' },
    });
    expect(req.statusCode).toBe(200);
    // Unknown e-mails get the same answer and no mail.
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'ghost@bank.org' },
    });
    const outbox = await t.database.db.select().from(mails);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.status).toBe('outbox');
    expect(outbox[0]!.subject).toMatch(/reset your password/);
    const token = /token=([\w-]+)/.exec(outbox[0]!.bodyText)![1]!;
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0].code).toBe('password_too_short');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'une longue phrase secrète' },
    });
    expect(ok.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'une autre longue phrase' },
    });
    expect(again.json().error.code).toBe('auth.token_invalid');
    await loginAs(t.app, 'd@bank.org', 'une longue phrase secrète');
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, user.id));
    expect(trail.map((e) => e.action)).toContain('auth.password_reset');
  });
});
