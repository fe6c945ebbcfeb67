import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZNoteInput,
  ZReasonInput,
  ZRequestApproval,
  ZRequestInput,
  ZRequestQuery,
  ZWeightOverride,
} from '../../../shared/schemas/requests';
import { createRequest, updateRequest } from '../../../services/needs/save-request';
import { getRequest, listRequests } from '../../../services/needs/read-requests';
import {
  previewSubmit,
  submitRequest,
  withdrawRequest,
} from '../../../services/needs/submit-request';
import { decideRequest } from '../../../services/needs/decide-request';
import { approveRequest } from '../../../services/needs/approve-request';
import { setLineWeight } from '../../../services/needs/set-line-weight';

const ZId = z.object({ id: z.uuid() });

/** Requests: written and submitted by structures, decided by the bank. */
export function requestRoutes(app: TApp) {
  const tags = ['requests'];
  app.get(
    '/api/requests',
    {
      config: { action: 'request.read' },
      schema: { tags, summary: "A structure's requests", querystring: ZRequestQuery },
    },
    async (request) => listRequests(request.ctx, request.query),
  );
  app.post(
    '/api/requests',
    {
      config: { action: 'request.write' },
      schema: { tags, summary: 'Write a draft request', body: ZRequestInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createRequest(request.ctx, request.body);
    },
  );
  app.get(
    '/api/requests/:id',
    {
      config: { action: 'request.read' },
      schema: { tags, summary: 'A request: status, who it waits for, lines, history', params: ZId },
    },
    async (request) => getRequest(request.ctx, request.params.id),
  );
  app.put(
    '/api/requests/:id',
    {
      config: { action: 'request.write' },
      schema: {
        tags,
        summary: 'Edit a draft or a request waiting for information',
        params: ZId,
        body: ZRequestInput,
      },
    },
    async (request) => updateRequest(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/requests/:id/preview-submit',
    {
      config: { action: 'request.submit' },
      schema: {
        tags,
        summary: 'Confirmation step: summary, warnings and blocking problems',
        params: ZId,
      },
    },
    async (request) => previewSubmit(request.ctx, request.params.id),
  );
  app.post(
    '/api/requests/:id/submit',
    {
      config: { action: 'request.submit' },
      schema: { tags, summary: 'Submit the request', params: ZId },
    },
    async (request) => submitRequest(request.ctx, request.params.id),
  );
  app.post(
    '/api/requests/:id/withdraw',
    {
      config: { action: 'request.write' },
      schema: {
        tags,
        summary: 'Withdraw the request (before shipment)',
        params: ZId,
        body: ZNoteInput.optional(),
      },
    },
    async (request) => withdrawRequest(request.ctx, request.params.id, request.body?.note ?? null),
  );
  app.post(
    '/api/requests/:id/start-review',
    {
      config: { action: 'review.decide' },
      schema: {
        tags,
        summary: 'Start reviewing the request',
        params: ZId,
        body: ZNoteInput.optional(),
      },
    },
    async (request) =>
      decideRequest(request.ctx, request.params.id, 'start_review', request.body?.note ?? null),
  );
  app.post(
    '/api/requests/:id/approve',
    {
      config: { action: 'review.decide' },
      schema: {
        tags,
        summary: 'Approve, line by line (fewer than asked needs a reason)',
        params: ZId,
        body: ZRequestApproval,
      },
    },
    async (request) => approveRequest(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/requests/:id/ask-information',
    {
      config: { action: 'review.decide' },
      schema: {
        tags,
        summary: 'Ask the structure for more information',
        params: ZId,
        body: ZReasonInput,
      },
    },
    async (request) =>
      decideRequest(request.ctx, request.params.id, 'ask_information', request.body.reason),
  );
  app.post(
    '/api/requests/:id/reject',
    {
      config: { action: 'review.decide' },
      schema: { tags, summary: 'Reject with a reason', params: ZId, body: ZReasonInput },
    },
    async (request) => decideRequest(request.ctx, request.params.id, 'reject', request.body.reason),
  );
  app.post(
    '/api/requests/:id/close',
    {
      config: { action: 'review.decide' },
      schema: { tags, summary: 'Close the request', params: ZId, body: ZNoteInput.optional() },
    },
    async (request) =>
      decideRequest(request.ctx, request.params.id, 'close', request.body?.note ?? null),
  );
  app.put(
    '/api/requests/:id/lines/:lineId/weight',
    {
      config: { action: 'review.decide' },
      schema: {
        tags,
        summary: "Override a line's weight (null removes the override)",
        params: z.object({ id: z.uuid(), lineId: z.uuid() }),
        body: ZWeightOverride,
      },
    },
    async (request) =>
      setLineWeight(request.ctx, request.params.id, request.params.lineId, request.body),
  );
}
