import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, statusOf } from '../shared/app-error';

/** Body of every error response. */
export interface TErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
}

/** Converts a zod issue path ("/addresses/0/postalCode") to "addresses.0.postalCode". */
function toPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.');
}

/**
 * The one place errors become HTTP responses: AppError by its code, validation failures as
 * 400 with one entry per field, anything else as 500 without internals (logged with the
 * request id the response also carries).
 */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const requestId = request.id;
  if (error instanceof AppError) {
    const status = statusOf(error.code);
    if (status >= 500) request.log.error({ err: error }, error.message);
    const body: TErrorBody = {
      error: {
        code: error.code,
        message: status >= 500 ? 'Internal error' : error.message,
        ...(error.details && status < 500 ? { details: error.details } : {}),
        requestId,
      },
    };
    return reply.status(status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((v) => {
      const params = v.params as { issue?: { code?: string; message?: string } } | undefined;
      const message = params?.issue?.message ?? v.message ?? '';
      // Custom messages in our schemas are codes (snake_case); otherwise use zod's issue code.
      const code = /^[a-z_]+$/.test(message) ? message : (params?.issue?.code ?? v.keyword);
      return { path: toPath(v.instancePath), code };
    });
    const body: TErrorBody = {
      error: {
        code: 'validation.failed',
        message: 'Some fields are invalid.',
        details: { fields, part: error.validationContext },
        requestId,
      },
    };
    return reply.status(400).send(body);
  }
  const fe = error as FastifyError;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const body: TErrorBody = {
      error: { code: 'request.bad', message: fe.message, requestId },
    };
    return reply.status(fe.statusCode).send(body);
  }
  request.log.error({ err: error }, 'unexpected error');
  const body: TErrorBody = { error: { code: 'internal', message: 'Internal error', requestId } };
  return reply.status(500).send(body);
}
