import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZApplicationInfoRequest,
  ZApplicationQuery,
  ZApplicationRejection,
  ZApplicationResubmit,
  ZStructureApplicationInput,
} from '../../../shared/schemas/structure-applications';
import { applyStructure } from '../../../services/organisations/apply-structure';
import {
  getApplication,
  listApplications,
} from '../../../services/organisations/read-applications';
import {
  approveApplication,
  getApplicationByToken,
  rejectApplication,
  requestApplicationInformation,
  resubmitApplication,
} from '../../../services/organisations/review-application';
import { listPublicNetworks } from '../../../services/organisations/list-public-networks';
import { limitPublicSubmission } from '../../../services/platform/limit-public-submission';

const ZId = z.object({ id: z.uuid() });

/** Structures applying to join (public form) and coordinators reviewing the applications. */
export function applicationRoutes(app: TApp) {
  const tags = ['applications'];
  app.post(
    '/api/structure-applications',
    {
      config: { action: 'structure.apply', csrf: false },
      schema: {
        tags,
        summary: 'Apply to join (public form, no login)',
        body: ZStructureApplicationInput,
      },
    },
    async (request, reply) => {
      await limitPublicSubmission(request.ctx, 'structure.apply', request.ip);
      reply.status(201);
      return applyStructure(request.ctx, request.body);
    },
  );
  app.get(
    '/api/structure-applications/complete',
    {
      config: { action: 'structure.apply' },
      schema: {
        tags,
        summary: 'The application a one-time link opens, with the coordinator question',
        querystring: z.object({ token: z.string().min(10).max(200) }),
      },
    },
    async (request) => getApplicationByToken(request.ctx, request.query.token),
  );
  app.put(
    '/api/structure-applications/complete',
    {
      config: { action: 'structure.apply', csrf: false },
      schema: {
        tags,
        summary: 'Complete and resubmit an application with its link',
        body: ZApplicationResubmit,
      },
    },
    async (request) => resubmitApplication(request.ctx, request.body),
  );
  app.get(
    '/api/public/networks',
    {
      config: { action: 'structure.apply' },
      schema: { tags, summary: 'Networks a structure may belong to' },
    },
    async (request) => listPublicNetworks(request.ctx),
  );
  app.get(
    '/api/structure-applications',
    {
      config: { action: 'application.review' },
      schema: { tags, summary: 'Applications to review', querystring: ZApplicationQuery },
    },
    async (request) => listApplications(request.ctx, request.query),
  );
  app.get(
    '/api/structure-applications/:id',
    {
      config: { action: 'application.review' },
      schema: { tags, summary: 'One application', params: ZId },
    },
    async (request) => getApplication(request.ctx, request.params.id),
  );
  app.post(
    '/api/structure-applications/:id/approve',
    {
      config: { action: 'application.review' },
      schema: {
        tags,
        summary: 'Approve: create the structure and invite its referents',
        params: ZId,
      },
    },
    async (request) => approveApplication(request.ctx, request.params.id),
  );
  app.post(
    '/api/structure-applications/:id/request-information',
    {
      config: { action: 'application.review' },
      schema: {
        tags,
        summary: 'Ask the applicant for more information',
        params: ZId,
        body: ZApplicationInfoRequest,
      },
    },
    async (request) =>
      requestApplicationInformation(request.ctx, request.params.id, request.body.message),
  );
  app.post(
    '/api/structure-applications/:id/reject',
    {
      config: { action: 'application.review' },
      schema: { tags, summary: 'Reject with a reason', params: ZId, body: ZApplicationRejection },
    },
    async (request) => rejectApplication(request.ctx, request.params.id, request.body.reason),
  );
}
