import { z } from 'zod';
import type { TApp } from '../../types';
import { ZCsvImport } from '../../../shared/schemas/imports';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import {
  getImport,
  previewBeneficiaryImport,
  previewStructureImport,
  startImport,
} from '../../../services/imports/import-jobs';

/** The CSV travels as JSON text: allow the file plus some room for the envelope. */
const bodyLimit = NEEDS_LIMITS.maxImportBytes + 1024 * 1024;

/** CSV imports of structures (bank) and beneficiaries (a structure): preview, then a job. */
export function importRoutes(app: TApp) {
  const tags = ['imports'];
  app.post(
    '/api/imports/structures/preview',
    {
      bodyLimit,
      config: { action: 'structure.import' },
      schema: {
        tags,
        summary: "Check a structures CSV: every row's errors, nothing written",
        body: ZCsvImport,
      },
    },
    async (request) => previewStructureImport(request.ctx, request.body),
  );
  app.post(
    '/api/imports/structures',
    {
      bodyLimit,
      config: { action: 'structure.import' },
      schema: {
        tags,
        summary: 'Import structures (all or nothing) as a job; returns its id',
        body: ZCsvImport,
      },
    },
    async (request, reply) => {
      reply.status(202);
      return startImport(request.ctx, 'structures', request.body);
    },
  );
  app.post(
    '/api/imports/beneficiaries/preview',
    {
      bodyLimit,
      config: { action: 'beneficiary.import' },
      schema: {
        tags,
        summary: "Check a beneficiaries CSV: every row's errors, nothing written",
        body: ZCsvImport,
      },
    },
    async (request) => previewBeneficiaryImport(request.ctx, request.body),
  );
  app.post(
    '/api/imports/beneficiaries',
    {
      bodyLimit,
      config: { action: 'beneficiary.import' },
      schema: {
        tags,
        summary: "Import a structure's beneficiaries (all or nothing) as a job",
        body: ZCsvImport,
      },
    },
    async (request, reply) => {
      reply.status(202);
      return startImport(request.ctx, 'beneficiaries', request.body);
    },
  );
  app.get(
    '/api/imports/:id',
    {
      config: { action: 'import.read' },
      schema: {
        tags,
        summary: 'Progress and errors of an import',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => getImport(request.ctx, request.params.id),
  );
}
