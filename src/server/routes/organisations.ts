import { z } from 'zod';
import type { TApp } from '../types';
import { ZOrganisationInput, ZOrganisationQuery } from '../../shared/schemas/organisations';
import {
  createOrganisation,
  setOrganisationActive,
  updateOrganisationDetails,
} from '../../services/organisations/save-organisation';
import {
  getOrganisation,
  listOrganisations,
} from '../../services/organisations/read-organisations';

const ZId = z.object({ id: z.uuid() });

/** Organisations: the bank's directory of structures, networks, donors, funders… */
export function organisationRoutes(app: TApp) {
  const tags = ['organisations'];
  app.get(
    '/api/organisations',
    {
      config: { action: 'organisation.list' },
      schema: { tags, summary: 'Search organisations', querystring: ZOrganisationQuery },
    },
    async (request) => listOrganisations(request.ctx, request.query),
  );
  app.post(
    '/api/organisations',
    {
      config: { action: 'organisation.create' },
      schema: { tags, summary: 'Create an organisation', body: ZOrganisationInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createOrganisation(request.ctx, request.body);
    },
  );
  app.get(
    '/api/organisations/:id',
    {
      config: { action: 'organisation.read' },
      schema: { tags, summary: 'One organisation with addresses and networks', params: ZId },
    },
    async (request) => getOrganisation(request.ctx, request.params.id),
  );
  app.put(
    '/api/organisations/:id',
    {
      config: { action: 'organisation.update' },
      schema: { tags, summary: 'Edit an organisation', params: ZId, body: ZOrganisationInput },
    },
    async (request) => updateOrganisationDetails(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/organisations/:id/active',
    {
      config: { action: 'organisation.update' },
      schema: {
        tags,
        summary: 'Deactivate or reactivate an organisation',
        params: ZId,
        body: z.object({ isActive: z.boolean() }),
      },
    },
    async (request) => setOrganisationActive(request.ctx, request.params.id, request.body.isActive),
  );
}
