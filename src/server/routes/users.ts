import { z } from 'zod';
import type { TApp } from '../types';
import { ZInviteInput } from '../../shared/schemas/accounts';
import { inviteUser } from '../../services/accounts/invite-user';
import { listUsers } from '../../services/accounts/list-users';
import { removeMembership, setUserActive } from '../../services/accounts/update-user-access';

/** User management for admins: list, invite, roles, deactivation. */
export function userRoutes(app: TApp) {
  const tags = ['users'];
  app.get(
    '/api/users',
    {
      config: { action: 'user.list' },
      schema: {
        tags,
        summary: 'Users and their roles',
        querystring: z.object({ search: z.string().trim().max(100).optional() }),
      },
    },
    async (request) => ({ items: await listUsers(request.ctx, request.query.search) }),
  );
  app.post(
    '/api/users/invitations',
    {
      config: { action: 'user.manage' },
      schema: {
        tags,
        summary: 'Invite a person (or give an existing user a role)',
        body: ZInviteInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return inviteUser(request.ctx, request.body);
    },
  );
  app.post(
    '/api/users/:id/active',
    {
      config: { action: 'user.manage' },
      schema: {
        tags,
        summary: 'Deactivate or reactivate an account',
        params: z.object({ id: z.uuid() }),
        body: z.object({ isActive: z.boolean() }),
      },
    },
    async (request) => {
      await setUserActive(request.ctx, request.params.id, request.body.isActive);
      return { ok: true };
    },
  );
  app.delete(
    '/api/users/:id/memberships/:membershipId',
    {
      config: { action: 'user.manage' },
      schema: {
        tags,
        summary: 'Remove a role from a user',
        params: z.object({ id: z.uuid(), membershipId: z.uuid() }),
      },
    },
    async (request) => {
      await removeMembership(request.ctx, request.params.id, request.params.membershipId);
      return { ok: true };
    },
  );
}
