import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TApp } from '../../types';
import { SHIPMENT_STATUSES } from '../../../shared/logistics';
import {
  ZAddAccessory,
  ZAddParcel,
  ZGenerateShipments,
  ZMarkDelivered,
  ZMergeShipments,
  ZPostponeShipment,
  ZReception,
  ZResolveDiscrepancy,
  ZScanUnit,
  ZShipShipment,
  ZSplitShipment,
} from '../../../shared/schemas/logistics';
import {
  mergeShipments,
  postponeShipment,
  splitShipment,
} from '../../../services/logistics/arrange-shipments';
import { markDelivered } from '../../../services/logistics/carriers';
import {
  getDeliveryNotePdf,
  getPickList,
  getPickListPdf,
} from '../../../services/logistics/documents';
import { generateShipments } from '../../../services/logistics/generate-shipments';
import { addAccessory, addParcel, packUnit } from '../../../services/logistics/pack-shipment';
import { getShipment, listShipments } from '../../../services/logistics/read-shipments';
import { receiveShipment } from '../../../services/logistics/receive-shipment';
import {
  listOpenDiscrepancies,
  resolveDiscrepancy,
} from '../../../services/logistics/resolve-discrepancy';
import { shipShipment } from '../../../services/logistics/ship-shipment';

const ZId = z.object({ id: z.uuid() });
const pdf = (reply: FastifyReply, doc: { pdf: Buffer; filename: string }) =>
  reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${doc.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(doc.pdf);

/** Shipments: make from a wave, arrange, pick, pack by scan, ship, deliver, receive. */
export function shipmentRoutes(app: TApp) {
  const tags = ['logistics'];
  app.get(
    '/api/shipments',
    {
      config: { action: 'shipment.read' },
      schema: {
        tags,
        summary: 'Shipments (a referent sees their structure’s), newest first',
        querystring: z.object({
          waveId: z.uuid().optional(),
          structureId: z.uuid().optional(),
          warehouseLocationId: z.uuid().optional(),
          status: z.enum(SHIPMENT_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
    },
    async (request) => listShipments(request.ctx, request.query),
  );
  app.post(
    '/api/shipments/generate',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Make the shipments of a confirmed wave (structure × warehouse × address)',
        body: ZGenerateShipments,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await generateShipments(request.ctx, request.body.waveId)),
  );
  app.get(
    '/api/shipments/:id',
    {
      config: { action: 'shipment.read' },
      schema: { tags, summary: 'A shipment with its units, parcels and tracking', params: ZId },
    },
    async (request) => getShipment(request.ctx, request.params.id),
  );
  app.post(
    '/api/shipments/:id/merge',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Merge other shipments into this one',
        params: ZId,
        body: ZMergeShipments,
      },
    },
    async (request) => {
      await mergeShipments(request.ctx, request.params.id, request.body.shipmentIds);
      return getShipment(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/shipments/:id/split',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Move some units into a new shipment',
        params: ZId,
        body: ZSplitShipment,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await splitShipment(request.ctx, request.params.id, request.body.unitIds)),
  );
  app.post(
    '/api/shipments/:id/postpone',
    {
      config: { action: 'shipment.manage' },
      schema: { tags, summary: 'Move the planned day', params: ZId, body: ZPostponeShipment },
    },
    async (request) => {
      await postponeShipment(request.ctx, request.params.id, request.body);
      return getShipment(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/shipments/:id/scan',
    {
      config: { action: 'shipment.pack' },
      schema: {
        tags,
        summary: 'Pack one unit by scanning its asset tag (idempotent, one transaction per scan)',
        params: ZId,
        body: ZScanUnit,
      },
    },
    async (request) => packUnit(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/shipments/:id/parcels',
    {
      config: { action: 'shipment.pack' },
      schema: { tags, summary: 'Add a pallet or a box', params: ZId, body: ZAddParcel },
    },
    async (request, reply) =>
      reply.code(201).send(await addParcel(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/shipments/:id/accessories',
    {
      config: { action: 'shipment.pack' },
      schema: { tags, summary: 'Pack accessories (leave stock)', params: ZId, body: ZAddAccessory },
    },
    async (request, reply) =>
      reply.code(201).send(await addAccessory(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/shipments/:id/ship',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Hand a fully packed shipment to its carrier',
        params: ZId,
        body: ZShipShipment,
      },
    },
    async (request) => {
      await shipShipment(request.ctx, request.params.id, request.body);
      return getShipment(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/shipments/:id/delivered',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Mark a shipped shipment delivered',
        params: ZId,
        body: ZMarkDelivered,
      },
    },
    async (request) => {
      await markDelivered(request.ctx, request.params.id, request.body?.at ?? null);
      return getShipment(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/shipments/:id/reception',
    {
      config: { action: 'shipment.receive' },
      schema: {
        tags,
        summary: 'The structure confirms what arrived, unit by unit (once)',
        params: ZId,
        body: ZReception,
      },
    },
    async (request) => {
      const result = await receiveShipment(request.ctx, request.params.id, request.body);
      return { received: result.received, discrepancies: result.discrepancies };
    },
  );
  app.get(
    '/api/shipments/:id/delivery-note.pdf',
    {
      config: { action: 'shipment.read' },
      schema: { tags, summary: 'Delivery note (bon de livraison)', params: ZId },
    },
    async (request, reply) => pdf(reply, await getDeliveryNotePdf(request.ctx, request.params.id)),
  );
  const ZPick = z.object({ shipmentIds: z.string().max(4000).optional() });
  const ids = (s: string | undefined) => (s ? s.split(',').filter(Boolean) : undefined);
  app.get(
    '/api/pick-lists/:locationId',
    {
      config: { action: 'shipment.pack' },
      schema: {
        tags,
        summary: 'Units to pick at a warehouse, by shelf',
        params: z.object({ locationId: z.uuid() }),
        querystring: ZPick,
      },
    },
    async (request) =>
      getPickList(request.ctx, request.params.locationId, ids(request.query.shipmentIds)),
  );
  app.get(
    '/api/pick-lists/:locationId/pdf',
    {
      config: { action: 'shipment.pack' },
      schema: {
        tags,
        summary: 'Pick list PDF of a warehouse',
        params: z.object({ locationId: z.uuid() }),
        querystring: ZPick,
      },
    },
    async (request, reply) =>
      pdf(
        reply,
        await getPickListPdf(
          request.ctx,
          request.params.locationId,
          ids(request.query.shipmentIds),
        ),
      ),
  );
  app.get(
    '/api/discrepancies',
    {
      config: { action: 'discrepancy.resolve' },
      schema: { tags, summary: 'Open discrepancies, oldest first' },
    },
    async (request) => ({ items: await listOpenDiscrepancies(request.ctx) }),
  );
  app.post(
    '/api/discrepancies/:id/resolve',
    {
      config: { action: 'discrepancy.resolve' },
      schema: {
        tags,
        summary: 'Resolve a discrepancy: resend, lost, return or accept',
        params: ZId,
        body: ZResolveDiscrepancy,
      },
    },
    async (request) => resolveDiscrepancy(request.ctx, request.params.id, request.body),
  );
}
