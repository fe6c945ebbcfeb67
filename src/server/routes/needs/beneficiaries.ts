import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZBeneficiaryBatch,
  ZBeneficiaryInput,
  ZBeneficiaryQuery,
} from '../../../shared/schemas/beneficiaries';
import { createBeneficiaries } from '../../../services/needs/create-beneficiaries';
import { getBeneficiary, listBeneficiaries } from '../../../services/needs/read-beneficiaries';
import { deleteBeneficiary, updateBeneficiary } from '../../../services/needs/update-beneficiary';

const ZId = z.object({ id: z.uuid() });

/** Pseudonymous beneficiaries of a structure (its referents and the bank only). */
export function beneficiaryRoutes(app: TApp) {
  const tags = ['beneficiaries'];
  app.get(
    '/api/beneficiaries',
    {
      config: { action: 'beneficiary.read' },
      schema: { tags, summary: "A structure's beneficiaries", querystring: ZBeneficiaryQuery },
    },
    async (request) => listBeneficiaries(request.ctx, request.query),
  );
  app.post(
    '/api/beneficiaries',
    {
      config: { action: 'beneficiary.write' },
      schema: {
        tags,
        summary: 'Record one or several beneficiaries (all or nothing)',
        body: ZBeneficiaryBatch,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createBeneficiaries(request.ctx, request.body);
    },
  );
  app.get(
    '/api/beneficiaries/:id',
    {
      config: { action: 'beneficiary.read' },
      schema: { tags, summary: 'One beneficiary', params: ZId },
    },
    async (request) => getBeneficiary(request.ctx, request.params.id),
  );
  app.put(
    '/api/beneficiaries/:id',
    {
      config: { action: 'beneficiary.write' },
      schema: { tags, summary: 'Edit a beneficiary', params: ZId, body: ZBeneficiaryInput },
    },
    async (request) => updateBeneficiary(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/beneficiaries/:id',
    {
      config: { action: 'beneficiary.write' },
      schema: { tags, summary: 'Remove a beneficiary no request refers to', params: ZId },
    },
    async (request) => deleteBeneficiary(request.ctx, request.params.id),
  );
}
