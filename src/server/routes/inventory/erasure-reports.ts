import { z } from 'zod';
import type { TApp } from '../../types';
import { getErasureReport, verifyErasureReport } from '../../../services/inventory/erasure-report';

/** The donor's erasure report of a lot, and its public verification. */
export function erasureReportRoutes(app: TApp) {
  const tags = ['erasure reports'];
  app.get(
    '/api/donation-lots/:lotId/erasure-report.pdf',
    {
      config: { action: 'erasure_report.read' },
      schema: {
        tags,
        summary: "A donation lot's data erasure report (PDF), one line per drive",
        params: z.object({ lotId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const report = await getErasureReport(request.ctx, request.params.lotId);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="effacement-lot-${request.params.lotId.slice(0, 8)}.pdf"`,
        )
        .header('x-report-sha256', report.hash)
        .send(report.pdf);
    },
  );
  app.get(
    '/api/erasure-reports/verify',
    {
      config: { action: 'public' },
      schema: {
        tags,
        summary: 'Was an erasure report with this SHA-256 issued, and when?',
        querystring: z.object({
          hash: z
            .string()
            .trim()
            .regex(/^[0-9a-fA-F]{64}$/, { message: 'hash_format' }),
        }),
      },
    },
    async (request) => verifyErasureReport(request.ctx, request.query.hash),
  );
}
