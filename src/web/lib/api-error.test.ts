import { describe, expect, it } from 'vitest';
import {
  ApiError,
  apiErrorFromBody,
  errorMessageKey,
  fieldErrorKey,
  shouldShowRequestId,
} from './api-error';

describe('API errors', () => {
  it('reads the error body of the API', () => {
    const e = apiErrorFromBody(400, {
      error: {
        code: 'validation.failed',
        message: 'Some fields are invalid.',
        details: {
          fields: [{ path: 'addresses.0.postalCode', code: 'postal_code_unknown' }, { bad: 1 }],
        },
        requestId: 'req-1',
      },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('validation.failed');
    expect(e.requestId).toBe('req-1');
    expect(e.fields).toEqual([{ path: 'addresses.0.postalCode', code: 'postal_code_unknown' }]);
  });

  it('survives bodies that are not ours', () => {
    const e = apiErrorFromBody(502, null, 'hdr-id');
    expect(e.code).toBe('internal');
    expect(e.requestId).toBe('hdr-id');
    expect(apiErrorFromBody(413, 'too big').code).toBe('request.bad');
  });

  it('translates known codes and falls back for others', () => {
    expect(errorMessageKey(new ApiError(401, 'auth.invalid_credentials', '', undefined, 'r'))).toBe(
      'errors.auth.invalid_credentials',
    );
    expect(errorMessageKey(new ApiError(409, 'conflict.email_taken', '', undefined, 'r'))).toBe(
      'errors.conflict.email_taken',
    );
    expect(errorMessageKey(new ApiError(400, 'something.new', '', undefined, 'r'))).toBe(
      'errors.request.bad',
    );
    expect(errorMessageKey(new ApiError(503, 'something.new', '', undefined, 'r'))).toBe(
      'errors.internal',
    );
    expect(errorMessageKey(new ApiError(0, 'network', '', undefined, undefined))).toBe(
      'errors.network',
    );
    expect(errorMessageKey(new TypeError('x'))).toBe('errors.unexpected');
  });

  it('shows the request id only for unexpected server errors', () => {
    expect(shouldShowRequestId(new ApiError(500, 'internal', '', undefined, 'r'))).toBe(true);
    expect(shouldShowRequestId(new ApiError(400, 'request.bad', '', undefined, 'r'))).toBe(false);
  });

  it('translates field codes with a generic fallback', () => {
    expect(fieldErrorKey('siret_invalid')).toBe('fields.siret_invalid');
    expect(fieldErrorKey('quantity_too_large')).toBe('fields.invalid');
  });
});
