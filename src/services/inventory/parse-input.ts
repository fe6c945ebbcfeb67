import type { z } from 'zod';
import { AppError } from '../../shared/app-error';

/** A field error as every API answer reports it. */
export interface TFieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * Parses service input with its shared schema, so services called directly (by another
 * service, the CLI or a job) validate exactly like routes do. Failures become 400
 * `validation.failed` with one entry per field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('validation.failed', 'Some fields are invalid.', {
    fields: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
    })),
  });
}

/** Throws 400 `validation.failed` when there are field errors. */
export function throwIfFieldErrors(errors: TFieldError[], message = 'Some fields are invalid.') {
  if (errors.length) throw new AppError('validation.failed', message, { fields: errors });
}

/** Trims and upper-cases a serial (serials are compared case-insensitively). */
export function normaliseSerial(serial: string | null | undefined): string | null {
  const s = serial?.trim().toUpperCase();
  return s ? s : null;
}

/** The PostgreSQL error code of a failed query (drivers wrap it differently). */
export function pgErrorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
