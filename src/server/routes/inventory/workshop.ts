import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZErasureInput,
  ZGradeInput,
  ZHarvestInput,
  ZWorkshopStepInput,
} from '../../../shared/schemas/workshop';
import { gradeDevice } from '../../../services/workshop/grade-device';
import { harvestDevice } from '../../../services/workshop/harvest-device';
import { listWorkshopQueue } from '../../../services/workshop/list-workshop-queue';
import { recordErasure } from '../../../services/workshop/record-erasure';
import { recordWorkshopStep } from '../../../services/workshop/record-workshop-step';

const ZId = z.object({ id: z.uuid() });

/** The workshop: queue, steps, erasure evidence, grading and harvesting. */
export function workshopRoutes(app: TApp) {
  const tags = ['workshop'];
  app.get(
    '/api/workshop/queue',
    {
      config: { action: 'workshop.record' },
      schema: {
        tags,
        summary: 'Devices waiting for diagnosis, repair, erasure, OS install or final check',
        querystring: z.object({
          locationId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
      },
    },
    async (request) => listWorkshopQueue(request.ctx, request.query),
  );
  app.post(
    '/api/devices/:id/steps',
    {
      config: { action: 'workshop.record' },
      schema: {
        tags,
        summary: 'Record a workshop step (parts used come out of stock)',
        params: ZId,
        body: ZWorkshopStepInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return recordWorkshopStep(request.ctx, request.params.id, request.body);
    },
  );
  app.post(
    '/api/devices/:id/erasures',
    {
      config: { action: 'workshop.record' },
      schema: {
        tags,
        summary: 'Record data erasure evidence for one drive',
        params: ZId,
        body: ZErasureInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return recordErasure(request.ctx, request.params.id, request.body);
    },
  );
  app.post(
    '/api/devices/:id/grade',
    {
      config: { action: 'workshop.record' },
      schema: {
        tags,
        summary: 'Grade (appearance, function, battery, OS) and qualify against the tiers',
        params: ZId,
        body: ZGradeInput,
      },
    },
    async (request) => gradeDevice(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/devices/:id/harvest',
    {
      config: { action: 'device.transition' },
      schema: {
        tags,
        summary: 'Send a failed device to parts, stocking harvested components',
        params: ZId,
        body: ZHarvestInput,
      },
    },
    async (request) => harvestDevice(request.ctx, request.params.id, request.body),
  );
}
