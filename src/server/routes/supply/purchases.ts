import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZCancelOrder,
  ZCloseOrder,
  ZPurchaseOrderInput,
  ZPurchaseQuery,
  ZPurchaseReceptionInput,
} from '../../../shared/schemas/purchases';
import {
  cancelPurchaseOrder,
  closePurchaseOrder,
  createPurchaseOrder,
  updatePurchaseOrder,
} from '../../../services/supply/save-purchase-order';
import {
  confirmPurchaseOrder,
  previewConfirm,
} from '../../../services/supply/confirm-purchase-order';
import { receivePurchase } from '../../../services/supply/receive-purchase';
import {
  getPurchaseOrder,
  listPurchaseOrders,
} from '../../../services/supply/read-purchase-orders';

const ZId = z.object({ id: z.uuid() });

/** Purchases of refurbished devices: orders, budget preview, confirmation, deliveries. */
export function purchaseRoutes(app: TApp) {
  const tags = ['purchases'];
  app.get(
    '/api/purchase-orders',
    {
      config: { action: 'purchase.read' },
      schema: { tags, summary: 'Purchase orders', querystring: ZPurchaseQuery },
    },
    async (request) => listPurchaseOrders(request.ctx, request.query),
  );
  app.post(
    '/api/purchase-orders',
    {
      config: { action: 'purchase.write' },
      schema: { tags, summary: 'Create a draft order', body: ZPurchaseOrderInput },
    },
    async (request, reply) => {
      reply.status(201);
      return createPurchaseOrder(request.ctx, request.body);
    },
  );
  app.get(
    '/api/purchase-orders/:id',
    {
      config: { action: 'purchase.read' },
      schema: { tags, summary: 'One order with deliveries', params: ZId },
    },
    async (request) => getPurchaseOrder(request.ctx, request.params.id),
  );
  app.put(
    '/api/purchase-orders/:id',
    {
      config: { action: 'purchase.write' },
      schema: { tags, summary: 'Edit a draft order', params: ZId, body: ZPurchaseOrderInput },
    },
    async (request) => updatePurchaseOrder(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/purchase-orders/:id/preview-confirm',
    {
      config: { action: 'purchase.confirm' },
      schema: { tags, summary: 'Budget per grant before confirming', params: ZId },
    },
    async (request) => previewConfirm(request.ctx, request.params.id),
  );
  app.post(
    '/api/purchase-orders/:id/confirm',
    {
      config: { action: 'purchase.confirm' },
      schema: { tags, summary: 'Confirm (refused if a grant would go negative)', params: ZId },
    },
    async (request) => confirmPurchaseOrder(request.ctx, request.params.id),
  );
  app.post(
    '/api/purchase-orders/:id/receptions',
    {
      config: { action: 'purchase.receive' },
      schema: {
        tags,
        summary: 'Receive a delivery (checked against the tiers)',
        params: ZId,
        body: ZPurchaseReceptionInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return receivePurchase(request.ctx, request.params.id, request.body);
    },
  );
  app.post(
    '/api/purchase-orders/:id/close',
    {
      config: { action: 'purchase.write' },
      schema: {
        tags,
        summary: 'Close (short-close releases commitments)',
        params: ZId,
        body: ZCloseOrder,
      },
    },
    async (request) => closePurchaseOrder(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/purchase-orders/:id/cancel',
    {
      config: { action: 'purchase.write' },
      schema: { tags, summary: 'Cancel before any delivery', params: ZId, body: ZCancelOrder },
    },
    async (request) => cancelPurchaseOrder(request.ctx, request.params.id, request.body),
  );
}
