import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZNeedsSettings,
  ZNetworkCoordinator,
  ZReferentInvite,
  ZStructureConfirmation,
} from '../../../shared/schemas/structure-applications';
import {
  inviteReferent,
  listStructureReferents,
} from '../../../services/organisations/invite-referent';
import {
  confirmStructureDetails,
  getStructureConfirmation,
} from '../../../services/organisations/structure-confirmation';
import { setNetworkCoordinator } from '../../../services/organisations/set-network-coordinator';
import {
  getNeedsSettings,
  updateNeedsSettings,
} from '../../../services/organisations/needs-settings';

const ZId = z.object({ id: z.uuid() });

/** Structures' referents and yearly confirmation, networks' coordinators, needs settings. */
export function structureRoutes(app: TApp) {
  const tags = ['structures'];
  app.get(
    '/api/structures/:id/referents',
    {
      config: { action: 'referent.invite' },
      schema: { tags, summary: "A structure's referents", params: ZId },
    },
    async (request) => listStructureReferents(request.ctx, request.params.id),
  );
  app.post(
    '/api/structures/:id/referents',
    {
      config: { action: 'referent.invite' },
      schema: {
        tags,
        summary: 'Invite a referent colleague into the structure',
        params: ZId,
        body: ZReferentInvite,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return inviteReferent(request.ctx, request.params.id, request.body);
    },
  );
  app.get(
    '/api/structures/:id/confirmation',
    {
      config: { action: 'structure.confirm' },
      schema: { tags, summary: 'When the structure must next confirm its details', params: ZId },
    },
    async (request) => getStructureConfirmation(request.ctx, request.params.id),
  );
  app.post(
    '/api/structures/:id/confirmation',
    {
      config: { action: 'structure.confirm' },
      schema: {
        tags,
        summary: 'Confirm (and correct) the structure details for the year',
        params: ZId,
        body: ZStructureConfirmation,
      },
    },
    async (request) => confirmStructureDetails(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/networks/:id/coordinator',
    {
      config: { action: 'organisation.update' },
      schema: {
        tags,
        summary: "Set a network's coordinator contact",
        params: ZId,
        body: ZNetworkCoordinator,
      },
    },
    async (request) => setNetworkCoordinator(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/settings/needs',
    {
      config: { action: 'session' },
      schema: { tags, summary: 'Yearly confirmation period and reminder' },
    },
    async (request) => getNeedsSettings(request.ctx.db),
  );
  app.put(
    '/api/settings/needs',
    {
      config: { action: 'settings.update' },
      schema: {
        tags,
        summary: 'Change the confirmation period and reminder',
        body: ZNeedsSettings,
      },
    },
    async (request) => updateNeedsSettings(request.ctx, request.body),
  );
}
