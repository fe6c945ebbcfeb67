import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZCharterCode,
  ZDeviceReturn,
  ZFollowUpAnswer,
  ZHandover,
} from '../../../shared/schemas/logistics';
import { getEvidence } from '../../../services/logistics/evidence';
import { answerFollowUp, listDueFollowUps } from '../../../services/logistics/follow-ups';
import { createCharterCode, createHandover } from '../../../services/logistics/handovers';
import { getHandover, listHandovers } from '../../../services/logistics/read-handovers';
import { returnDevice } from '../../../services/logistics/return-device';

const ZId = z.object({ id: z.uuid() });

/** Handovers to beneficiaries, charter codes, returns, follow-ups and evidence images. */
export function handoverRoutes(app: TApp) {
  const tags = ['handover'];
  app.get(
    '/api/handovers',
    {
      config: { action: 'handover.read' },
      schema: {
        tags,
        summary: 'Handovers (a referent sees their structure’s); loansDue lists loans due back',
        querystring: z.object({
          structureId: z.uuid().optional(),
          deviceId: z.uuid().optional(),
          loansDue: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
    },
    async (request) =>
      listHandovers(request.ctx, { ...request.query, loansDue: request.query.loansDue === 'true' }),
  );
  app.post(
    '/api/handovers',
    {
      config: { action: 'handover.write' },
      schema: { tags, summary: 'Hand a delivered device over to a beneficiary', body: ZHandover },
    },
    async (request, reply) => {
      const created = await createHandover(request.ctx, request.body);
      return reply.code(201).send(await getHandover(request.ctx, created.id));
    },
  );
  app.get(
    '/api/handovers/:id',
    {
      config: { action: 'handover.read' },
      schema: { tags, summary: 'A handover and its follow-up', params: ZId },
    },
    async (request) => getHandover(request.ctx, request.params.id),
  );
  app.post(
    '/api/charter-codes',
    {
      config: { action: 'handover.write' },
      schema: {
        tags,
        summary: 'A one-time code for a beneficiary to accept the charter (shown once)',
        body: ZCharterCode,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCharterCode(request.ctx, request.body.beneficiaryId)),
  );
  app.post(
    '/api/device-returns',
    {
      config: { action: 'handover.write' },
      schema: {
        tags,
        summary: 'A device comes back (end of loan, broken, no longer needed)',
        body: ZDeviceReturn,
      },
    },
    async (request, reply) => reply.code(201).send(await returnDevice(request.ctx, request.body)),
  );
  app.get(
    '/api/evidence/:id',
    {
      config: { action: 'handover.read' },
      schema: { tags, summary: 'A signature or photo kept as evidence', params: ZId },
    },
    async (request, reply) => {
      const file = await getEvidence(request.ctx, request.params.id);
      return reply
        .type(file.mimeType)
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.bytes);
    },
  );
  app.get(
    '/api/follow-ups',
    {
      config: { action: 'handover.read' },
      schema: { tags, summary: 'Follow-up questions due and not answered' },
    },
    async (request) => listDueFollowUps(request.ctx),
  );
  app.post(
    '/api/follow-ups/:id/answer',
    {
      config: { action: 'handover.write' },
      schema: { tags, summary: 'Answer a follow-up question', params: ZId, body: ZFollowUpAnswer },
    },
    async (request) => answerFollowUp(request.ctx, request.params.id, request.body),
  );
}
