import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZAcceptLot,
  ZCancelLot,
  ZCollectLot,
  ZCompleteReception,
  ZDeclineLot,
  ZDonationLotInput,
  ZDonationRules,
  ZLotDevicesInput,
  ZLotQuery,
  ZPublicDonationInput,
  ZSchedulePickup,
} from '../../../shared/schemas/donations';
import { DEVICE_KINDS } from '../../../shared/inventory';
import { getDonationRules, updateDonationRules } from '../../../services/supply/donation-rules';
import { declareLot } from '../../../services/supply/declare-lot';
import { declareLotPublic } from '../../../services/supply/declare-lot-public';
import { limitPublicSubmission } from '../../../services/platform/limit-public-submission';
import { getLot, listLots } from '../../../services/supply/read-lots';
import {
  acceptLot,
  cancelLot,
  collectLot,
  declineLot,
  schedulePickup,
} from '../../../services/supply/review-lot';
import { receiveLotDevices } from '../../../services/supply/receive-lot-devices';
import {
  closeLot,
  completeLotReception,
  markLotProcessed,
} from '../../../services/supply/complete-lot-reception';
import {
  impactReportPdf,
  lotImpact,
  pickupConfirmationPdf,
} from '../../../services/supply/lot-documents';
import { sendPdf } from './send-file';

const ZId = z.object({ id: z.uuid() });
const ZNote = z.object({ note: z.string().trim().max(1000).optional() });

/** Company donations in kind: rules, declaration (logged in or public form), lifecycle, documents. */
export function donationRoutes(app: TApp) {
  const tags = ['donations'];
  app.get(
    '/api/donations/rules',
    {
      config: { action: 'public' },
      schema: { tags, summary: 'Minimum rules a lot must meet (shown before declaring)' },
    },
    async (request) => ({ rules: await getDonationRules(request.ctx.db), kinds: DEVICE_KINDS }),
  );
  app.put(
    '/api/donations/rules',
    {
      config: { action: 'settings.update' },
      schema: { tags, summary: 'Change the minimum rules', body: ZDonationRules },
    },
    async (request) => ({ rules: await updateDonationRules(request.ctx, request.body) }),
  );
  app.post(
    '/api/donations/public',
    {
      config: { action: 'donation.declare_public', csrf: false },
      schema: {
        tags,
        summary: 'Public form: a company declares a lot; its contact gets an account by mail',
        body: ZPublicDonationInput,
      },
    },
    async (request, reply) => {
      await limitPublicSubmission(request.ctx, 'donation.declare_public', request.ip);
      reply.status(201);
      return declareLotPublic(request.ctx, request.body);
    },
  );
  app.get(
    '/api/donation-lots',
    {
      config: { action: 'donation.read' },
      schema: { tags, summary: 'Lots (a donor sees its own)', querystring: ZLotQuery },
    },
    async (request) => listLots(request.ctx, request.query),
  );
  app.post(
    '/api/donation-lots',
    {
      config: { action: 'donation.declare' },
      schema: { tags, summary: 'Declare a lot', body: ZDonationLotInput },
    },
    async (request, reply) => {
      reply.status(201);
      return declareLot(request.ctx, request.body);
    },
  );
  app.get(
    '/api/donation-lots/:id',
    {
      config: { action: 'donation.read' },
      schema: { tags, summary: 'A lot with lines, history, counts, outcome', params: ZId },
    },
    async (request) => getLot(request.ctx, request.params.id),
  );
  const transitions = [
    ['accept', 'donation.review', ZAcceptLot, acceptLot, 'Accept a declared lot'],
    ['decline', 'donation.review', ZDeclineLot, declineLot, 'Decline a declared lot (reason)'],
    ['cancel', 'donation.cancel', ZCancelLot, cancelLot, 'Cancel a lot (reason)'],
    [
      'schedule-pickup',
      'donation.pickup',
      ZSchedulePickup,
      schedulePickup,
      'Plan or re-plan the pickup',
    ],
    ['collect', 'donation.pickup', ZCollectLot, collectLot, 'The lot left the donor’s premises'],
    [
      'complete-reception',
      'donation.receive',
      ZCompleteReception,
      completeLotReception,
      'End counting; reasons for differences',
    ],
    [
      'mark-processed',
      'donation.review',
      ZNote,
      (ctx: Parameters<typeof markLotProcessed>[0], id: string) => markLotProcessed(ctx, id),
      'Every device is refurbished, harvested or recycled',
    ],
    ['close', 'donation.review', ZNote, closeLot, 'Close a processed lot'],
  ] as const;
  for (const [path, action, body, fn, summary] of transitions) {
    app.post(
      `/api/donation-lots/:id/${path}`,
      { config: { action }, schema: { tags, summary, params: ZId, body } },
      async (request) =>
        (fn as (ctx: typeof request.ctx, id: string, b: unknown) => Promise<unknown>)(
          request.ctx,
          request.params.id,
          request.body,
        ),
    );
  }
  app.post(
    '/api/donation-lots/:id/devices',
    {
      config: { action: 'donation.receive' },
      schema: {
        tags,
        summary: 'Record devices of a collected lot (≤ 500 per call)',
        params: ZId,
        body: ZLotDevicesInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return receiveLotDevices(request.ctx, request.params.id, request.body);
    },
  );
  app.get(
    '/api/donation-lots/:id/impact',
    {
      config: { action: 'donation.read' },
      schema: { tags, summary: 'What the lot’s devices became', params: ZId },
    },
    async (request) => lotImpact(request.ctx, request.params.id),
  );
  app.get(
    '/api/donation-lots/:id/pickup-confirmation.pdf',
    {
      config: { action: 'donation.read' },
      schema: { tags, summary: 'Pickup confirmation (PDF)', params: ZId },
    },
    async (request, reply) =>
      sendPdf(reply, await pickupConfirmationPdf(request.ctx, request.params.id)),
  );
  app.get(
    '/api/donation-lots/:id/impact-report.pdf',
    {
      config: { action: 'donation.read' },
      schema: { tags, summary: 'Impact report (PDF)', params: ZId },
    },
    async (request, reply) => sendPdf(reply, await impactReportPdf(request.ctx, request.params.id)),
  );
}
