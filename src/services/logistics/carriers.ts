import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  findCarrierByCode,
  insertCarrier,
  insertTrackingEvent,
  listCarriers as listCarrierRows,
  setCarrierSecret,
  shipmentsByTracking,
  updateShipment,
} from '../../db/repositories/logistics-repo';
import { TRACKING_STATUSES, type TTrackingStatus } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { Tx } from '../../db/connect';
import type { TShipmentRow } from '../../db/repositories/logistics-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors } from '../needs/scope';
import { parseInput } from '../inventory/parse-input';
import { assertStatus, loadShipmentFor, shipmentReference } from './access';

/** Carriers, without their secrets. */
export async function listCarriers(ctx: ServiceContext) {
  return (await listCarrierRows(ctx.db)).map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    trackingUrl: c.trackingUrl,
    isActive: c.isActive,
    hasWebhookSecret: !!c.webhookSecret,
  }));
}

/** Adds a carrier with a new webhook secret, shown once in the answer. */
export async function createCarrier(
  ctx: ServiceContext,
  input: { code: string; name: string; trackingUrl?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const code = input.code.trim().toLowerCase();
    throwIfFieldErrors(
      (await findCarrierByCode(tx, code)) ? [{ path: 'code', code: 'taken' }] : [],
    );
    const secret = randomBytes(32).toString('hex');
    const carrier = await insertCarrier(tx, {
      code,
      name: input.name.trim(),
      trackingUrl: input.trackingUrl?.trim() || null,
      webhookSecret: secret,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'carrier.create',
      entityType: 'carrier',
      entityId: carrier.id,
      after: { code, name: carrier.name },
    });
    return { id: carrier.id, code, name: carrier.name, webhookSecret: secret };
  });
}

/** Replaces a carrier's webhook secret; the new one is shown once. */
export async function rotateCarrierSecret(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const secret = randomBytes(32).toString('hex');
    const row = await setCarrierSecret(tx, id, secret);
    if (!row) throw new AppError('not_found', 'Unknown carrier.');
    await recordAudit(tx, ctx, {
      action: 'carrier.rotate_secret',
      entityType: 'carrier',
      entityId: id,
    });
    return { id, webhookSecret: secret };
  });
}

/** The signature a carrier sends: hex HMAC-SHA256 of the raw body with its secret. */
export function signWebhook(secret: string, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

const ZWebhookBody = z.object({
  trackingNumber: z.string().trim().min(1).max(100),
  status: z.enum(TRACKING_STATUSES),
  at: z.iso.datetime({ offset: true }).optional(),
});

/**
 * A carrier's tracking update (`POST /api/webhooks/carrier`). The carrier code and signature
 * come in headers; a missing one is refused 400, a wrong one 401; both are written to the
 * audit trail (in their own transaction, since the request fails). A valid `delivered` marks
 * the shipments carrying that tracking number delivered.
 */
export async function receiveCarrierWebhook(
  ctx: ServiceContext,
  input: { carrierCode?: string | undefined; signature?: string | undefined; rawBody: Buffer },
) {
  const refuse = async (
    code: 'logistics.webhook_unsigned' | 'logistics.webhook_signature',
    why: string,
  ) => {
    await recordAudit(ctx.db, ctx, {
      action: 'carrier.webhook_refused',
      entityType: 'carrier',
      entityId: input.carrierCode?.slice(0, 64) ?? 'unknown',
      after: { why, requestId: ctx.requestId ?? null, bytes: input.rawBody.length },
    });
    throw new AppError(code, `Carrier webhook refused: ${why}.`);
  };
  if (!input.carrierCode || !input.signature) {
    return refuse('logistics.webhook_unsigned', 'no carrier code or signature header');
  }
  const carrier = await findCarrierByCode(ctx.db, input.carrierCode.trim().toLowerCase());
  const given = Buffer.from(input.signature.trim().replace(/^sha256=/i, ''), 'hex');
  const expected = carrier?.webhookSecret
    ? Buffer.from(signWebhook(carrier.webhookSecret, input.rawBody), 'hex')
    : null;
  if (!carrier || !carrier.isActive || !expected) {
    return refuse('logistics.webhook_signature', 'unknown carrier');
  }
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return refuse('logistics.webhook_signature', 'bad signature');
  }
  let json: unknown;
  try {
    json = JSON.parse(input.rawBody.toString('utf8'));
  } catch {
    throw new AppError('request.bad', 'The body is not JSON.');
  }
  const body = parseInput(ZWebhookBody, json);
  const at = body.at ? new Date(body.at) : ctx.now();
  return ctx.db.transaction(async (tx) => {
    const found = await shipmentsByTracking(tx, carrier.id, body.trackingNumber);
    for (const s of found) {
      await recordTracking(tx, ctx, s, {
        source: 'webhook',
        status: body.status,
        trackingNumber: body.trackingNumber,
        at,
        payload: json,
      });
    }
    return { matched: found.length };
  });
}

/** Records a tracking update; `delivered` on a shipped shipment marks it delivered. */
export async function recordTracking(
  tx: Tx,
  ctx: ServiceContext,
  s: TShipmentRow,
  e: {
    source: 'webhook' | 'csv' | 'manual';
    status: TTrackingStatus;
    trackingNumber: string | null;
    at: Date;
    payload?: unknown;
  },
) {
  await insertTrackingEvent(tx, {
    shipmentId: s.id,
    source: e.source,
    status: e.status,
    trackingNumber: e.trackingNumber,
    at: e.at,
    payload: e.payload ?? null,
    recordedAt: ctx.now(),
  });
  if (e.status !== 'delivered' || s.status !== 'shipped') return s;
  const updated = await updateShipment(tx, s.id, {
    status: 'delivered',
    deliveredAt: e.at,
    updatedAt: ctx.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'shipment.delivered',
    entityType: 'shipment',
    entityId: s.id,
    before: { status: s.status },
    after: { status: 'delivered', source: e.source, at: e.at },
  });
  return updated;
}

/** The coordinator marks a shipped shipment delivered (carrier's proof by other means). */
export async function markDelivered(ctx: ServiceContext, id: string, at?: string | null) {
  return ctx.db.transaction(async (tx) => {
    const s = await loadShipmentFor(ctx, tx, id, 'shipment.manage', { lock: true });
    assertStatus(s, ['shipped'], `mark ${shipmentReference(s.number)} delivered`);
    return recordTracking(tx, ctx, s, {
      source: 'manual',
      status: 'delivered',
      trackingNumber: s.trackingNumbers[0] ?? null,
      at: at ? new Date(at) : ctx.now(),
    });
  });
}
