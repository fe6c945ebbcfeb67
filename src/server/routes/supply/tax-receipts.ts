import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZCancelReceiptInput,
  ZCorrectReceiptInput,
  ZIssueReceiptInput,
  ZReceiptExportQuery,
  ZReceiptIssuer,
  ZReceiptQuery,
} from '../../../shared/schemas/tax-receipts';
import { getReceiptIssuer, updateReceiptIssuer } from '../../../services/supply/receipt-issuer';
import {
  cancelTaxReceipt,
  correctTaxReceipt,
  issueTaxReceipt,
} from '../../../services/supply/issue-tax-receipt';
import {
  exportTaxReceiptsCsv,
  getTaxReceipt,
  listTaxReceipts,
  taxReceiptPdf,
} from '../../../services/supply/read-tax-receipts';
import { sendCsv, sendPdf } from './send-file';

const ZId = z.object({ id: z.uuid() });

/** Tax receipts for companies' in-kind gifts (CERFA n°16216): issue, correct, download, export. */
export function taxReceiptRoutes(app: TApp) {
  const tags = ['tax-receipts'];
  app.get(
    '/api/tax-receipts/issuer',
    {
      config: { action: 'receipt.issue' },
      schema: { tags, summary: 'The bank’s details printed on receipts' },
    },
    async (request) => getReceiptIssuer(request.ctx.db),
  );
  app.put(
    '/api/tax-receipts/issuer',
    {
      config: { action: 'settings.update' },
      schema: { tags, summary: 'Set the bank’s details', body: ZReceiptIssuer },
    },
    async (request) => updateReceiptIssuer(request.ctx, request.body),
  );
  app.get(
    '/api/tax-receipts',
    {
      config: { action: 'receipt.read' },
      schema: { tags, summary: 'Receipts (a donor sees its own)', querystring: ZReceiptQuery },
    },
    async (request) => listTaxReceipts(request.ctx, request.query),
  );
  app.post(
    '/api/tax-receipts',
    {
      config: { action: 'receipt.issue' },
      schema: { tags, summary: 'Issue the receipt of a received lot', body: ZIssueReceiptInput },
    },
    async (request, reply) => {
      reply.status(201);
      return issueTaxReceipt(request.ctx, request.body);
    },
  );
  app.get(
    '/api/tax-receipts/export.csv',
    {
      config: { action: 'receipt.export' },
      schema: { tags, summary: 'Every receipt of a year (CSV)', querystring: ZReceiptExportQuery },
    },
    async (request, reply) =>
      sendCsv(reply, await exportTaxReceiptsCsv(request.ctx, request.query)),
  );
  app.get(
    '/api/tax-receipts/:id',
    { config: { action: 'receipt.read' }, schema: { tags, summary: 'One receipt', params: ZId } },
    async (request) => getTaxReceipt(request.ctx, request.params.id),
  );
  app.get(
    '/api/tax-receipts/:id/pdf',
    {
      config: { action: 'receipt.read' },
      schema: { tags, summary: 'The receipt (PDF)', params: ZId },
    },
    async (request, reply) => sendPdf(reply, await taxReceiptPdf(request.ctx, request.params.id)),
  );
  app.post(
    '/api/tax-receipts/:id/cancel',
    {
      config: { action: 'receipt.issue' },
      schema: { tags, summary: 'Cancel a receipt (kept)', params: ZId, body: ZCancelReceiptInput },
    },
    async (request) => cancelTaxReceipt(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/tax-receipts/:id/correct',
    {
      config: { action: 'receipt.issue' },
      schema: {
        tags,
        summary: 'Cancel and re-issue under a new number',
        params: ZId,
        body: ZCorrectReceiptInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return correctTaxReceipt(request.ctx, request.params.id, request.body);
    },
  );
}
