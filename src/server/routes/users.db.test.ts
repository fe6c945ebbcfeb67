import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAs, useTestApp, type TAgent } from '../../../test/app';
import { buildStructure, buildUser } from '../../../test/factories';
import { sessions } from '../../db/schema';
import type { TApp } from '../types';

async function latestMail(app: TApp, admin: TAgent, to: string) {
  const res = await app.inject({ url: '/api/outbox', headers: admin.headers });
  expect(res.statusCode).toBe(200);
  const mail = (res.json().items as { toAddress: string; bodyText: string; status: string }[]).find(
    (m) => m.toAddress === to,
  );
  expect(mail, `mail to ${to}`).toBeDefined();
  return mail!;
}

describe('users and invitations', () => {
  const t = useTestApp();

  async function admin() {
    await buildUser(t.database.db, {
      role: 'admin',
      email: 'admin@bank.test',
      displayName: 'Camille',
    });
    return loginAs(t.app, 'admin@bank.test');
  }

  it('invites a new person, who chooses a password and logs in with the new role', async () => {
    const agent = await admin();
    const structure = await buildStructure(t.database.db, { name: 'Mission locale de Metz' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/invitations',
      headers: agent.headers,
      payload: {
        email: 'Nouvelle@ML-Metz.test',
        displayName: 'Aïcha',
        organisationId: structure.id,
        role: 'referent',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ isNewUser: true });

    const mail = await latestMail(t.app, agent, 'nouvelle@ml-metz.test');
    expect(mail.status).toBe('outbox');
    expect(mail.bodyText).toContain('Mission locale de Metz');
    const link = /(http\S+invitation\?token=([\w-]+))/.exec(mail.bodyText)!;
    expect(link[1]).toMatch(/^http:\/\/passerelle\.test\/invitation\?token=/);
    const token = link[2]!;

    // No password yet: logging in is impossible.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nouvelle@ml-metz.test', password: 'x'.repeat(12) },
    });
    expect(early.statusCode).toBe(401);

    const who = await t.app.inject({ url: `/api/auth/invitation?token=${token}` });
    expect(who.json()).toEqual({ email: 'nouvelle@ml-metz.test', displayName: 'Aïcha' });
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token, password: 'un mot de passe solide' },
    });
    expect(accept.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token, password: 'un autre mot de passe' },
    });
    expect(again.json().error.code).toBe('auth.token_invalid');

    const invited = await loginAs(t.app, 'nouvelle@ml-metz.test', 'un mot de passe solide');
    const home = await t.app.inject({ url: '/api/home', headers: invited.headers });
    expect(home.json()).toMatchObject({
      role: 'referent',
      organisation: { id: structure.id, name: 'Mission locale de Metz' },
    });
  });

  it('gives an existing user one more role, and the role switcher changes the home', async () => {
    const agent = await admin();
    const first = await buildStructure(t.database.db, { name: 'E2C Seine-Saint-Denis' });
    const second = await buildStructure(t.database.db, { name: 'Collège Romain-Rolland' });
    const { user } = await buildUser(t.database.db, {
      role: 'referent',
      organisationId: first.id,
      email: 'lea@e2c.test',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users/invitations',
      headers: agent.headers,
      payload: {
        email: 'lea@e2c.test',
        displayName: 'Léa',
        organisationId: second.id,
        role: 'referent',
      },
    });
    expect(res.json()).toMatchObject({ isNewUser: false, userId: user.id });
    expect((await latestMail(t.app, agent, 'lea@e2c.test')).bodyText).not.toContain('token=');

    const lea = await loginAs(t.app, 'lea@e2c.test');
    const session = (await t.app.inject({ url: '/api/auth/session', headers: lea.headers })).json();
    expect(
      session.memberships.map((m: { organisationName: string }) => m.organisationName).sort(),
    ).toEqual(['Collège Romain-Rolland', 'E2C Seine-Saint-Denis']);
    const homeOf = async () =>
      (await t.app.inject({ url: '/api/home', headers: lea.headers })).json().organisation
        .name as string;
    const active = session.memberships.find(
      (m: { id: string }) => m.id === session.activeMembershipId,
    );
    const other = session.memberships.find(
      (m: { id: string }) => m.id !== session.activeMembershipId,
    );
    expect(await homeOf()).toBe(active.organisationName);
    const sw = await t.app.inject({
      method: 'POST',
      url: '/api/auth/switch',
      headers: lea.headers,
      payload: { membershipId: other.id },
    });
    expect(sw.statusCode).toBe(200);
    expect(await homeOf()).toBe(other.organisationName);
    // The switch only accepts the user's own memberships.
    const { membership: foreign } = await buildUser(t.database.db, { role: 'admin' });
    const steal = await t.app.inject({
      method: 'POST',
      url: '/api/auth/switch',
      headers: lea.headers,
      payload: { membershipId: foreign.id },
    });
    expect(steal.statusCode).toBe(404);
    expect(await homeOf()).toBe(other.organisationName);
  });

  it('deactivating a user closes their sessions at once and refuses their logins', async () => {
    const agent = await admin();
    const { user } = await buildUser(t.database.db, {
      role: 'coordinator',
      email: 'leaving@bank.test',
    });
    const victim = await loginAs(t.app, 'leaving@bank.test');
    expect((await t.app.inject({ url: '/api/home', headers: victim.headers })).statusCode).toBe(
      200,
    );

    const res = await t.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/active`,
      headers: agent.headers,
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    expect(await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual(
      [],
    );
    expect((await t.app.inject({ url: '/api/home', headers: victim.headers })).statusCode).toBe(
      401,
    );
    await expect(loginAs(t.app, 'leaving@bank.test')).rejects.toThrow(/401/);

    const list = (
      await t.app.inject({ url: '/api/users?search=leaving', headers: agent.headers })
    ).json();
    expect(list.items).toMatchObject([{ email: 'leaving@bank.test', isActive: false }]);

    // An admin cannot lock themselves out.
    const self = (await t.app.inject({ url: '/api/auth/session', headers: agent.headers })).json();
    const selfOff = await t.app.inject({
      method: 'POST',
      url: `/api/users/${self.user.id}/active`,
      headers: agent.headers,
      payload: { isActive: false },
    });
    expect(selfOff.statusCode).toBe(409);
  });
});
