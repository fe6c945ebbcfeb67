import { z } from 'zod';
import type { TApp } from '../../types';
import { DEVICE_KINDS } from '../../../shared/inventory';
import { ZItemInput, ZLocationInput, ZSpecTierInput } from '../../../shared/schemas/stock';
import { listLocations } from '../../../services/inventory/list-locations';
import { createItem, listItems, updateItem } from '../../../services/inventory/save-item';
import { createLocation, updateLocation } from '../../../services/inventory/save-location';
import {
  createSpecTier,
  listSpecTiers,
  retireSpecTier,
  updateSpecTier,
} from '../../../services/inventory/spec-tiers';

const ZId = z.object({ id: z.uuid() });
const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/** Locations, the bulk item catalogue and the versioned spec tiers. */
export function catalogueRoutes(app: TApp) {
  const tags = ['inventory'];
  app.get(
    '/api/locations',
    {
      config: { action: 'location.read' },
      schema: {
        tags,
        summary: 'Stock locations',
        querystring: z.object({ organisationId: z.uuid().optional(), includeInactive: flag }),
      },
    },
    async (request) => listLocations(request.ctx, request.query),
  );
  app.post(
    '/api/locations',
    {
      config: { action: 'location.manage' },
      schema: { tags, summary: 'Create a location', body: ZLocationInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createLocation(request.ctx, request.body);
    },
  );
  app.put(
    '/api/locations/:id',
    {
      config: { action: 'location.manage' },
      schema: { tags, summary: 'Edit a location', params: ZId, body: ZLocationInput },
    },
    async (request) => updateLocation(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/items',
    {
      config: { action: 'item.read' },
      schema: {
        tags,
        summary: 'Bulk item catalogue',
        querystring: z.object({ search: z.string().max(100).optional(), includeInactive: flag }),
      },
    },
    async (request) => listItems(request.ctx, request.query),
  );
  app.post(
    '/api/items',
    {
      config: { action: 'item.manage' },
      schema: { tags, summary: 'Add a catalogue item', body: ZItemInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createItem(request.ctx, request.body);
    },
  );
  app.put(
    '/api/items/:id',
    {
      config: { action: 'item.manage' },
      schema: { tags, summary: 'Edit a catalogue item', params: ZId, body: ZItemInput },
    },
    async (request) => updateItem(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/spec-tiers',
    {
      config: { action: 'spec_tier.read' },
      schema: {
        tags,
        summary: 'Active spec tiers (history=true: every version)',
        querystring: z.object({ kind: z.enum(DEVICE_KINDS).optional(), history: flag }),
      },
    },
    async (request) => listSpecTiers(request.ctx, request.query),
  );
  app.post(
    '/api/spec-tiers',
    {
      config: { action: 'spec_tier.manage' },
      schema: { tags, summary: 'Create a spec tier', body: ZSpecTierInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createSpecTier(request.ctx, request.body);
    },
  );
  app.put(
    '/api/spec-tiers/:id',
    {
      config: { action: 'spec_tier.manage' },
      schema: {
        tags,
        summary: 'Edit a tier: writes a new version, keeps the old',
        params: ZId,
        body: ZSpecTierInput,
      },
    },
    async (request) => updateSpecTier(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/spec-tiers/:id',
    {
      config: { action: 'spec_tier.manage' },
      schema: { tags, summary: 'Retire a tier (history kept)', params: ZId },
    },
    async (request) => retireSpecTier(request.ctx, request.params.id),
  );
}
