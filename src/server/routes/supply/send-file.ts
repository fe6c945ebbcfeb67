import type { FastifyReply } from 'fastify';

/** Sends a generated PDF as a download. */
export function sendPdf(reply: FastifyReply, file: { pdf: Buffer; filename: string }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(file.pdf);
}

/** Sends a generated CSV as a download. */
export function sendCsv(reply: FastifyReply, file: { csv: string; filename: string }) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(file.csv);
}
