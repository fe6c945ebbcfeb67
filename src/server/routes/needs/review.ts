import { z } from 'zod';
import type { TApp } from '../../types';
import { ZBulkApproval, ZReviewQuery } from '../../../shared/schemas/requests';
import { NEED_KINDS } from '../../../shared/needs-enums';
import {
  getReviewRequest,
  getStructureHistory,
  listReviewDesk,
} from '../../../services/needs/review-desk';
import { bulkApproveRequests } from '../../../services/needs/approve-request';
import { listAllocatableDemandLines } from '../../../services/needs/list-allocatable-demand-lines';

const ZId = z.object({ id: z.uuid() });

/** The coordinators' review desk. */
export function reviewRoutes(app: TApp) {
  const tags = ['review'];
  app.get(
    '/api/review/requests',
    {
      config: { action: 'review.read' },
      schema: {
        tags,
        summary: 'Requests to review: filters, sort, pages',
        querystring: ZReviewQuery,
      },
    },
    async (request) => listReviewDesk(request.ctx, request.query),
  );
  app.get(
    '/api/review/requests/:id',
    {
      config: { action: 'review.read' },
      schema: {
        tags,
        summary: 'A request with its checks, weights and the structure history',
        params: ZId,
      },
    },
    async (request) => getReviewRequest(request.ctx, request.params.id),
  );
  app.post(
    '/api/review/requests/bulk-approve',
    {
      config: { action: 'review.decide' },
      schema: {
        tags,
        summary: 'Approve several requests at the asked quantities, each checked',
        body: ZBulkApproval,
      },
    },
    async (request) => bulkApproveRequests(request.ctx, request.body.requestIds),
  );
  app.get(
    '/api/review/structures/:id/history',
    {
      config: { action: 'review.read' },
      schema: { tags, summary: 'What a structure asked, got and handed over', params: ZId },
    },
    async (request) => getStructureHistory(request.ctx, request.params.id),
  );
  app.get(
    '/api/review/demand-lines',
    {
      config: { action: 'review.read' },
      schema: {
        tags,
        summary: 'Approved, not yet allocated lines as allocation demands',
        querystring: z.object({
          campaignId: z.uuid().optional(),
          networkId: z.uuid().optional(),
          kind: z.enum(NEED_KINDS).optional(),
        }),
      },
    },
    async (request) => ({
      items: await listAllocatableDemandLines(request.ctx, {
        ...(request.query.campaignId ? { campaignId: request.query.campaignId } : {}),
        ...(request.query.networkId ? { networkId: request.query.networkId } : {}),
        ...(request.query.kind ? { kinds: [request.query.kind] } : {}),
      }),
    }),
  );
}
