import { Readable } from 'node:stream';
import { z } from 'zod';
import type { TApp } from '../../types';
import { ZCreateCarrier, ZLogisticsSettings } from '../../../shared/schemas/logistics';
import {
  getLogisticsSettings,
  updateLogisticsSettings,
} from '../../../services/logistics/logistics-settings';
import { importTracking } from '../../../services/logistics/import-tracking';
import {
  createCarrier,
  listCarriers,
  receiveCarrierWebhook,
  rotateCarrierSecret,
} from '../../../services/logistics/carriers';

/** Header naming the carrier of a webhook call. */
export const CARRIER_HEADER = 'x-carrier-code';
/** Header carrying the hex HMAC-SHA256 of the raw body (optionally prefixed `sha256=`). */
export const SIGNATURE_HEADER = 'x-carrier-signature';

const rawBodies = new WeakMap<object, Buffer>();

/** Carriers (the bank's list, secrets shown once) and their signed tracking webhook. */
export function carrierRoutes(app: TApp) {
  const tags = ['logistics'];
  app.get(
    '/api/carriers',
    { config: { action: 'carrier.read' }, schema: { tags, summary: 'Carriers (no secrets)' } },
    async (request) => ({ items: await listCarriers(request.ctx) }),
  );
  app.post(
    '/api/carriers',
    {
      config: { action: 'carrier.manage' },
      schema: {
        tags,
        summary: 'Add a carrier; its webhook secret is shown once',
        body: ZCreateCarrier,
      },
    },
    async (request, reply) => reply.code(201).send(await createCarrier(request.ctx, request.body)),
  );
  app.post(
    '/api/carriers/:id/secret',
    {
      config: { action: 'carrier.manage' },
      schema: {
        tags,
        summary: 'Replace a carrier’s webhook secret',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => rotateCarrierSecret(request.ctx, request.params.id),
  );
  app.post(
    '/api/carriers/:id/tracking-import',
    {
      config: { action: 'shipment.manage' },
      schema: {
        tags,
        summary: 'Tracking updates from a carrier’s CSV export (tracking number; status; date)',
        params: z.object({ id: z.uuid() }),
        body: z.object({ csv: z.string().min(1, { message: 'required' }).max(1_000_000) }),
      },
    },
    async (request) => importTracking(request.ctx, request.params.id, request.body.csv),
  );
  app.get(
    '/api/logistics/settings',
    {
      config: { action: 'shipment.manage' },
      schema: { tags, summary: 'Follow-up and reception reminder delays' },
    },
    async (request) => getLogisticsSettings(request.ctx.db),
  );
  app.put(
    '/api/logistics/settings',
    {
      config: { action: 'settings.update' },
      schema: {
        tags,
        summary: 'Change the follow-up and reminder delays',
        body: ZLogisticsSettings,
      },
    },
    async (request) => updateLogisticsSettings(request.ctx, request.body),
  );
  app.post(
    '/api/webhooks/carrier',
    {
      config: { action: 'carrier.webhook', csrf: false },
      schema: {
        tags,
        summary: `Tracking update from a carrier, signed: ${CARRIER_HEADER} and ${SIGNATURE_HEADER} (hex HMAC-SHA256 of the raw body)`,
      },
      // The signature covers the exact bytes sent: keep them before JSON parsing.
      preParsing: async (request, _reply, payload) => {
        const chunks: Buffer[] = [];
        for await (const chunk of payload) chunks.push(Buffer.from(chunk as Buffer));
        const raw = Buffer.concat(chunks);
        rawBodies.set(request, raw);
        const stream = Readable.from([raw]) as Readable & { receivedEncodedLength?: number };
        stream.receivedEncodedLength = raw.length;
        return stream;
      },
    },
    async (request, reply) => {
      const header = (name: string) => {
        const v = request.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const result = await receiveCarrierWebhook(request.ctx, {
        carrierCode: header(CARRIER_HEADER),
        signature: header(SIGNATURE_HEADER),
        rawBody: rawBodies.get(request) ?? Buffer.alloc(0),
      });
      return reply.code(202).send(result);
    },
  );
}
