import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZItemAdjustInput,
  ZItemMoveInput,
  ZItemReceiveInput,
  ZStockCountConfirm,
  ZStockCountScan,
  ZStockCountStart,
  ZStockQuery,
} from '../../../shared/schemas/stock';
import { cancelStockCount } from '../../../services/stock/cancel-stock-count';
import { checkStockProjection } from '../../../services/stock/check-stock-projection';
import { confirmStockCount } from '../../../services/stock/confirm-stock-count';
import { getStock } from '../../../services/stock/get-stock';
import { getStockCount } from '../../../services/stock/get-stock-count';
import { listStockCounts } from '../../../services/stock/list-stock-counts';
import { adjustItemStock, moveItems, receiveItems } from '../../../services/stock/move-items';
import { scanStockCount } from '../../../services/stock/scan-stock-count';
import { startStockCount } from '../../../services/stock/start-stock-count';

const ZId = z.object({ id: z.uuid() });

/** Stock: levels (now or as of a date), bulk item movements, counts, projection check. */
export function stockRoutes(app: TApp) {
  const tags = ['stock'];
  app.get(
    '/api/stock',
    {
      config: { action: 'stock.read' },
      schema: {
        tags,
        summary: 'Stock per location/kind/tier/grade/earmark/state; asOf: from the ledger',
        querystring: ZStockQuery,
      },
    },
    async (request) => getStock(request.ctx, request.query),
  );
  app.get(
    '/api/stock/check',
    {
      config: { action: 'stock.check' },
      schema: { tags, summary: 'Compare the projection with a rebuild from the ledger' },
    },
    async (request) => checkStockProjection(request.ctx),
  );
  app.post(
    '/api/stock/items/receive',
    {
      config: { action: 'stock.adjust' },
      schema: { tags, summary: 'Bulk items arriving at a location', body: ZItemReceiveInput },
    },
    async (request, reply) => {
      reply.status(201);
      return receiveItems(request.ctx, request.body);
    },
  );
  app.post(
    '/api/stock/items/adjust',
    {
      config: { action: 'stock.adjust' },
      schema: {
        tags,
        summary: 'Correct a bulk quantity with a reason (never below zero)',
        body: ZItemAdjustInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return adjustItemStock(request.ctx, request.body);
    },
  );
  app.post(
    '/api/stock/items/move',
    {
      config: { action: 'stock.adjust' },
      schema: { tags, summary: 'Move bulk items between locations', body: ZItemMoveInput },
    },
    async (request, reply) => {
      reply.status(201);
      return moveItems(request.ctx, request.body);
    },
  );
  app.post(
    '/api/stock-counts',
    {
      config: { action: 'stock.count' },
      schema: { tags, summary: 'Start a stock count of a location', body: ZStockCountStart },
    },
    async (request, reply) => {
      reply.status(201);
      return startStockCount(request.ctx, request.body);
    },
  );
  app.get(
    '/api/stock-counts',
    {
      config: { action: 'stock.count' },
      schema: {
        tags,
        summary: 'The 50 latest counts the actor may see, with what each confirmation changed',
        querystring: z.object({ locationId: z.uuid().optional() }),
      },
    },
    async (request) => listStockCounts(request.ctx, request.query),
  );
  app.get(
    '/api/stock-counts/:id',
    {
      config: { action: 'stock.count' },
      schema: {
        tags,
        summary: 'A count: scans, missing, unexpected, item differences',
        params: ZId,
      },
    },
    async (request) => getStockCount(request.ctx, request.params.id),
  );
  app.post(
    '/api/stock-counts/:id/scans',
    {
      config: { action: 'stock.count' },
      schema: {
        tags,
        summary: 'Record one scan (idempotent; items with their counted quantity)',
        params: ZId,
        body: ZStockCountScan,
      },
    },
    async (request) => scanStockCount(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/stock-counts/:id/confirm',
    {
      config: { action: 'stock.count' },
      schema: {
        tags,
        summary: 'Confirm: differences become count_adjust ledger events',
        params: ZId,
        body: ZStockCountConfirm,
      },
    },
    async (request) => confirmStockCount(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/stock-counts/:id/cancel',
    {
      config: { action: 'stock.count' },
      schema: { tags, summary: 'Cancel an open count', params: ZId },
    },
    async (request) => cancelStockCount(request.ctx, request.params.id),
  );
}
