import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZCampaignInput,
  ZCampaignQuery,
  ZDuplicateAllowanceInput,
} from '../../../shared/schemas/campaigns';
import { createCampaign, updateCampaignDetails } from '../../../services/needs/save-campaign';
import { getCampaign, listCampaigns } from '../../../services/needs/read-campaigns';
import { allowDuplicate } from '../../../services/needs/allow-duplicate';

const ZId = z.object({ id: z.uuid() });

/** Campaigns: goals, quotas per network, eligibility rules; duplicate allowances. */
export function campaignRoutes(app: TApp) {
  const tags = ['campaigns'];
  app.get(
    '/api/campaigns',
    {
      config: { action: 'campaign.read' },
      schema: { tags, summary: 'Campaigns', querystring: ZCampaignQuery },
    },
    async (request) => listCampaigns(request.ctx, request.query.status),
  );
  app.post(
    '/api/campaigns',
    {
      config: { action: 'campaign.manage' },
      schema: { tags, summary: 'Create a campaign', body: ZCampaignInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createCampaign(request.ctx, request.body);
    },
  );
  app.get(
    '/api/campaigns/:id',
    {
      config: { action: 'campaign.read' },
      schema: {
        tags,
        summary: 'A campaign with its quotas, their use and its progress',
        params: ZId,
      },
    },
    async (request) => getCampaign(request.ctx, request.params.id),
  );
  app.put(
    '/api/campaigns/:id',
    {
      config: { action: 'campaign.manage' },
      schema: { tags, summary: 'Edit a campaign', params: ZId, body: ZCampaignInput },
    },
    async (request) => updateCampaignDetails(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/campaigns/:id/duplicate-allowances',
    {
      config: { action: 'review.override' },
      schema: {
        tags,
        summary: 'Allow a beneficiary to be equipped again with a kind (lost or stolen device)',
        params: ZId,
        body: ZDuplicateAllowanceInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return allowDuplicate(request.ctx, request.params.id, request.body);
    },
  );
}
