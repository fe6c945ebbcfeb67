import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAs, useTestApp, type TAgent } from '../../../test/app';
import { buildUser } from '../../../test/factories';
import { memberships } from '../../db/schema';
import { can, type TActor } from '../../domain/policy';
import { ROLES, type TRole } from '../../shared/enums';

type TWho = TRole | 'anonymous' | 'no_role';

/** Fills `:params` with random ids and wildcards with a word. */
function concreteUrl(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, () => randomUUID()).replace(/\*/g, 'x');
}

/**
 * Walks EVERY API route (the app's route table, so routes added later are walked too) as every
 * role, anonymous, and a user whose roles were all removed: a route whose declared action the
 * policy refuses must answer 401/403 before doing anything; an allowed one never does.
 */
describe('policy walk: every route × every role', () => {
  const t = useTestApp();

  // ~1,100 requests today, more with every route: a longer time limit than other tests.
  it('answers every route as the policy table says', { timeout: 240_000 }, async () => {
    const agents = new Map<TWho, TAgent | undefined>([['anonymous', undefined]]);
    for (const role of ROLES) {
      const { user } = await buildUser(t.database.db, { role, email: `${role}@walk.test` });
      agents.set(role, await loginAs(t.app, user.email));
    }
    const { user: orphan } = await buildUser(t.database.db, { email: 'no-role@walk.test' });
    agents.set('no_role', await loginAs(t.app, orphan.email));
    await t.database.db.delete(memberships).where(eq(memberships.userId, orphan.id));

    const actorOf = (who: TWho): TActor | null =>
      who === 'anonymous'
        ? null
        : {
            userId: 'u',
            membershipId: who === 'no_role' ? null : 'm',
            role: who === 'no_role' ? null : who,
            organisationId: who === 'no_role' ? null : 'o',
            organisationKind: null,
          };

    expect(t.routes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    let calls = 0;
    for (const [who, agent] of agents) {
      for (const route of t.routes) {
        // Logging out would end the walk for this role: check it last, below.
        if (route.url === '/api/auth/logout') continue;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          headers: agent?.headers ?? {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        calls++;
        const allowed = can(actorOf(who), route.action);
        const status = res.statusCode;
        const expected = !allowed
          ? who === 'anonymous'
            ? status === 401
            : status === 403
          : status !== 401 && status !== 403 && status < 500;
        if (!expected) {
          failures.push(
            `${who} ${route.method} ${route.url} (${route.action}) → ${status} ${res.body.slice(0, 120)}`,
          );
        }
        if (!allowed && status === 403) expect(res.json().error.code).toMatch(/^auth\./);
      }
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: agent?.headers ?? {},
      });
      calls++;
      if ((logout.statusCode === 200) !== (who !== 'anonymous')) {
        failures.push(`${who} POST /api/auth/logout → ${logout.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBe(agents.size * t.routes.length);
  });
});
