import { z } from 'zod';
import type { TApp } from '../types';
import { ZSettings } from '../../shared/schemas/settings';
import { getSettings } from '../../services/settings/get-settings';
import { updateSettings } from '../../services/settings/update-settings';
import { listAudit } from '../../services/audit/list-audit';
import { listOutbox } from '../../services/mail/list-outbox';
import { getHome } from '../../services/accounts/get-home';
import { getHomeTasks } from '../../services/accounts/get-home-tasks';
import { communesForPostalCode, listDepartements } from '../../services/geo/geo-data';

/** Settings, audit trail, outbox, home summary and geography look-ups. */
export function platformRoutes(app: TApp) {
  app.get(
    '/api/settings',
    {
      config: { action: 'public' },
      schema: { tags: ['platform'], summary: "The bank's name and logo" },
    },
    async (request) => getSettings(request.ctx.db),
  );
  app.put(
    '/api/settings',
    {
      config: { action: 'settings.update' },
      schema: { tags: ['platform'], summary: "Change the bank's name and logo", body: ZSettings },
    },
    async (request) => updateSettings(request.ctx, request.body),
  );
  app.get(
    '/api/home',
    {
      config: { action: 'session' },
      schema: { tags: ['platform'], summary: 'Home page summary of the active role' },
    },
    async (request) => getHome(request.ctx),
  );
  app.get(
    '/api/home/tasks',
    {
      config: { action: 'home.read' },
      schema: {
        tags: ['platform'],
        summary: 'What waits for the active role: counts linked to the pages where one acts',
        description:
          'Scoped to the active membership: a referent sees its structure, a workshop operator ' +
          "its organisation's locations, a donor contact its lots and receipts, a funder its " +
          'grants (pledged, spent, left in cents); coordinators and admins the whole network.',
      },
    },
    async (request) => getHomeTasks(request.ctx),
  );
  app.get(
    '/api/audit',
    {
      config: { action: 'audit.read' },
      schema: {
        tags: ['platform'],
        summary: 'Browse the audit trail',
        querystring: z.object({
          entityType: z.string().max(50).optional(),
          entityId: z.string().max(100).optional(),
          action: z.string().max(100).optional(),
          actorUserId: z.uuid().optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
    },
    async (request) => listAudit(request.ctx, request.query),
  );
  app.get(
    '/api/outbox',
    {
      config: { action: 'outbox.read' },
      schema: { tags: ['platform'], summary: 'Mails written by the app' },
    },
    async (request) => listOutbox(request.ctx),
  );
  app.get(
    '/api/geo/postal-codes/:code',
    {
      config: { action: 'public' },
      schema: {
        tags: ['geo'],
        summary: 'Communes, département and région of a postal code',
        params: z.object({ code: z.string().regex(/^\d{5}$/, { message: 'postal_code_format' }) }),
      },
    },
    async (request) => ({ items: communesForPostalCode(request.params.code) }),
  );
  app.get(
    '/api/geo/departements',
    { config: { action: 'public' }, schema: { tags: ['geo'], summary: 'All départements' } },
    async () => ({ items: listDepartements() }),
  );
}
