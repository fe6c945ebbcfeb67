import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TApp } from '../../types';
import { ZAttachSnapshotInput, ZWorkshopTokenInput } from '../../../shared/schemas/workshop';
import { attachProbeSnapshot } from '../../../services/workshop/attach-probe-snapshot';
import { listProbeSnapshots } from '../../../services/workshop/list-probe-snapshots';
import {
  ingestProbeSnapshot,
  parseSnapshotBody,
} from '../../../services/workshop/ingest-probe-snapshot';
import {
  authenticateWorkshopToken,
  createWorkshopToken,
  listWorkshopTokens,
  revokeWorkshopToken,
} from '../../../services/workshop/workshop-tokens';
import { seesAll } from '../../../services/inventory/access';
import { AppError } from '../../../shared/app-error';

const ZId = z.object({ id: z.uuid() });

/** Workshop tokens and probe snapshots (`passerelle probe --server … --token …`). */
export function probeRoutes(app: TApp) {
  const tags = ['workshop'];
  app.get(
    '/api/workshop/tokens',
    {
      config: { action: 'workshop.token.manage' },
      schema: { tags, summary: 'Workshop tokens (never their secrets)' },
    },
    async (request) => listWorkshopTokens(request.ctx),
  );
  app.post(
    '/api/workshop/tokens',
    {
      config: { action: 'workshop.token.manage' },
      schema: {
        tags,
        summary: 'Create a workshop token; the secret is shown only in this answer',
        body: ZWorkshopTokenInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createWorkshopToken(request.ctx, request.body);
    },
  );
  app.post(
    '/api/workshop/tokens/:id/revoke',
    {
      config: { action: 'workshop.token.manage' },
      schema: { tags, summary: 'Revoke a workshop token', params: ZId },
    },
    async (request) => revokeWorkshopToken(request.ctx, request.params.id),
  );
  app.get(
    '/api/workshop/probe-snapshots',
    {
      config: { action: 'probe.manage' },
      schema: {
        tags,
        summary: 'Probe snapshots (unmatched ones wait for an operator)',
        querystring: z.object({
          status: z.enum(['matched', 'unmatched', 'attached', 'dismissed']).optional(),
        }),
      },
    },
    async (request) => listProbeSnapshots(request.ctx, request.query),
  );
  app.post(
    '/api/workshop/probe-snapshots/:id/attach',
    {
      config: { action: 'probe.manage' },
      schema: {
        tags,
        summary: 'Attach an unmatched snapshot to a device (fills its specs)',
        params: ZId,
        body: ZAttachSnapshotInput,
      },
    },
    async (request) => attachProbeSnapshot(request.ctx, request.params.id, request.body.deviceId),
  );

  // The snapshot routes read the body as text: malformed JSON gets the parser's reason.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      ['application/json', 'text/plain'],
      { parseAs: 'string' },
      (_req, body, done) => done(null, body),
    );
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    raw.post(
      '/api/workshop/probe-snapshots',
      {
        config: { action: 'public', csrf: false },
        schema: {
          tags,
          summary: 'Upload a probe snapshot with a workshop token (Authorization: Bearer pwt_…)',
          description:
            'Body: the JSON written by `passerelle probe`. Malformed JSON or a wrong shape → 400 (nothing stored); a missing, unknown or revoked token → 401. The snapshot fills the specs of the one device of the workshop with its system or a drive serial, or waits unmatched.',
        },
      },
      async (request, reply) => {
        const snapshot = parseSnapshotBody(request.body);
        const token = await authenticateWorkshopToken(
          request.ctx.db,
          request.headers.authorization,
          request.ctx.now(),
        );
        const ctx = { ...request.ctx, actor: null };
        reply.status(201);
        return ingestProbeSnapshot(
          ctx,
          {
            organisationId: token.organisationId,
            scopeOrganisationId: token.organisationId,
            source: 'token',
            tokenId: token.id,
          },
          snapshot,
        );
      },
    );
    raw.post(
      '/api/workshop/probe-snapshots/upload',
      {
        config: { action: 'probe.manage' },
        schema: {
          tags,
          summary: 'Upload a probe snapshot file from the workshop screen (session)',
        },
      },
      async (request, reply) => {
        const snapshot = parseSnapshotBody(request.body);
        const actor = request.ctx.actor;
        if (!actor?.organisationId)
          throw new AppError('auth.no_membership', 'No active organisation.');
        reply.status(201);
        return ingestProbeSnapshot(
          request.ctx,
          {
            organisationId: actor.organisationId,
            scopeOrganisationId: seesAll(actor, 'probe.manage') ? undefined : actor.organisationId,
            source: 'upload',
          },
          snapshot,
        );
      },
    );
  });
}
