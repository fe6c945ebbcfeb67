import { z } from 'zod';
import type { TApp } from '../../types';
import { WAVE_STATUSES } from '../../../shared/allocation';
import { ZWaveRunInput } from '../../../shared/schemas/allocation';
import { cancelWave } from '../../../services/allocation/cancel-wave';
import { confirmWave } from '../../../services/allocation/confirm-wave';
import { getWave, getWaveDocument, listWaves } from '../../../services/allocation/read-waves';
import { getRequestAllocations } from '../../../services/allocation/request-allocations';
import { createWave, rerunWave } from '../../../services/allocation/run-wave';
import { getWaveOptions } from '../../../services/allocation/wave-options';

const ZId = z.object({ id: z.uuid() });

/** Allocation waves: choose, run, read, adjust, re-run, download, confirm, cancel. */
export function allocationRoutes(app: TApp) {
  const tags = ['allocation'];
  app.get(
    '/api/allocation/options',
    {
      config: { action: 'allocation.read' },
      schema: {
        tags,
        summary: 'Campaigns, approved units waiting and ready stock to choose a wave from',
        querystring: z.object({ campaignId: z.uuid().optional() }),
      },
    },
    async (request) => getWaveOptions(request.ctx, request.query.campaignId),
  );
  app.get(
    '/api/allocation/waves',
    {
      config: { action: 'allocation.read' },
      schema: {
        tags,
        summary: 'Waves, newest first',
        querystring: z.object({
          campaignId: z.uuid().optional(),
          status: z.enum(WAVE_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
    },
    async (request) => listWaves(request.ctx, request.query),
  );
  app.post(
    '/api/allocation/waves',
    {
      config: { action: 'allocation.run' },
      schema: {
        tags,
        summary: 'Run a new wave (a draft: nothing is reserved)',
        body: ZWaveRunInput,
      },
    },
    async (request, reply) => {
      const wave = await createWave(request.ctx, request.body);
      return reply.code(201).send(await getWave(request.ctx, wave.id));
    },
  );
  app.get(
    '/api/allocation/waves/:id',
    {
      config: { action: 'allocation.read' },
      schema: {
        tags,
        summary: 'A wave: proposal by line, structure, network, département and warehouse',
        params: ZId,
      },
    },
    async (request) => getWave(request.ctx, request.params.id),
  );
  app.post(
    '/api/allocation/waves/:id/run',
    {
      config: { action: 'allocation.run' },
      schema: {
        tags,
        summary: 'Run a draft wave again with new pins, exclusions or what-if stock',
        params: ZId,
        body: ZWaveRunInput,
      },
    },
    async (request) => {
      await rerunWave(request.ctx, request.params.id, request.body);
      return getWave(request.ctx, request.params.id);
    },
  );
  for (const which of ['problem', 'plan'] as const) {
    app.get(
      `/api/allocation/waves/:id/${which}.json`,
      {
        config: { action: 'allocation.read' },
        schema: {
          tags,
          summary: `The wave's ${which}, exactly as the CLI reads or writes it`,
          params: ZId,
        },
      },
      async (request, reply) => {
        const doc = await getWaveDocument(request.ctx, request.params.id, which);
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${doc.filename}"`)
          .header('cache-control', 'private, no-store')
          .send(`${JSON.stringify(doc.body, null, 2)}\n`);
      },
    );
  }
  app.post(
    '/api/allocation/waves/:id/confirm',
    {
      config: { action: 'allocation.confirm' },
      schema: { tags, summary: 'Reserve the planned units in the ledger', params: ZId },
    },
    async (request) => {
      const result = await confirmWave(request.ctx, request.params.id);
      return { reservedUnits: result.reservedUnits, lines: result.lines };
    },
  );
  app.post(
    '/api/allocation/waves/:id/cancel',
    {
      config: { action: 'allocation.confirm' },
      schema: {
        tags,
        summary: 'Cancel a wave; a confirmed one releases every unit it reserved',
        params: ZId,
        body: z.object({ reason: z.string().trim().max(500).nullish() }).default({}),
      },
    },
    async (request) => {
      const result = await cancelWave(request.ctx, request.params.id, request.body?.reason ?? null);
      return { releasedUnits: result.releasedUnits };
    },
  );
  app.get(
    '/api/requests/:id/allocations',
    {
      config: { action: 'request.read' },
      schema: { tags, summary: 'Devices reserved for a request, line by line', params: ZId },
    },
    async (request) => getRequestAllocations(request.ctx, request.params.id),
  );
}
