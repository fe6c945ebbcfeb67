import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZChargeInput,
  ZGrantDevicesQuery,
  ZGrantInput,
  ZGrantQuery,
  ZInstalmentInput,
} from '../../../shared/schemas/grants';
import { createGrant, updateGrantDetails } from '../../../services/supply/save-grant';
import { addCharge, addInstalment } from '../../../services/supply/grant-money';
import { getGrant, listGrants, listGrantDevices } from '../../../services/supply/read-grants';

const ZId = z.object({ id: z.uuid() });

/** Funders' grants: figures, restrictions, money in and out, what they paid for. */
export function grantRoutes(app: TApp) {
  const tags = ['grants'];
  app.get(
    '/api/grants',
    {
      config: { action: 'grant.read' },
      schema: {
        tags,
        summary: 'Grants with figures (a funder sees its own)',
        querystring: ZGrantQuery,
      },
    },
    async (request) => listGrants(request.ctx, request.query),
  );
  app.post(
    '/api/grants',
    {
      config: { action: 'grant.manage' },
      schema: { tags, summary: 'Record a grant', body: ZGrantInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createGrant(request.ctx, request.body);
    },
  );
  app.get(
    '/api/grants/:id',
    {
      config: { action: 'grant.read' },
      schema: { tags, summary: 'A grant: figures, orders, devices, people reached', params: ZId },
    },
    async (request) => getGrant(request.ctx, request.params.id),
  );
  app.put(
    '/api/grants/:id',
    {
      config: { action: 'grant.manage' },
      schema: { tags, summary: 'Edit a grant', params: ZId, body: ZGrantInput },
    },
    async (request) => updateGrantDetails(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/grants/:id/devices',
    {
      config: { action: 'grant.read' },
      schema: {
        tags,
        summary: 'Devices the grant paid for',
        params: ZId,
        querystring: ZGrantDevicesQuery,
      },
    },
    async (request) => listGrantDevices(request.ctx, request.params.id, request.query),
  );
  app.post(
    '/api/grants/:id/instalments',
    {
      config: { action: 'grant.manage' },
      schema: { tags, summary: 'Money received', params: ZId, body: ZInstalmentInput },
    },
    async (request, reply) => {
      reply.status(201);
      return addInstalment(request.ctx, request.params.id, request.body);
    },
  );
  app.post(
    '/api/grants/:id/charges',
    {
      config: { action: 'grant.manage' },
      schema: {
        tags,
        summary: 'Charge spending (refused beyond what is left)',
        params: ZId,
        body: ZChargeInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return addCharge(request.ctx, request.params.id, request.body);
    },
  );
}
