import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formPathMatcher, issuesToFieldErrors, placeFieldErrors } from './field-errors';

const isPath = formPathMatcher(['name', 'networkIds'], {
  addresses: ['postalCode', 'communeCode'],
});

describe('field errors', () => {
  it('reads codes from zod issues like the server does', () => {
    const schema = z.object({
      name: z.string().min(2, { message: 'too_short' }),
      n: z.number().max(3),
    });
    const r = schema.safeParse({ name: 'a', n: 9 });
    expect(r.success).toBe(false);
    expect(issuesToFieldErrors(r.error!.issues)).toEqual([
      { path: 'name', code: 'too_short' },
      { path: 'n', code: 'too_big' },
    ]);
  });

  it('puts errors on the matching form field, list items included', () => {
    const { errors, unplaced } = placeFieldErrors(
      [
        { path: 'addresses.1.postalCode', code: 'postal_code_unknown' },
        { path: 'networkIds.2', code: 'network_unknown' },
        { path: 'networkIds.3', code: 'network_unknown' },
        { path: 'secret', code: 'invalid_type' },
      ],
      isPath,
    );
    expect(errors).toEqual({
      'addresses.1.postalCode': 'postal_code_unknown',
      networkIds: 'network_unknown',
    });
    expect(unplaced).toEqual([{ path: 'secret', code: 'invalid_type' }]);
  });

  it('keeps the first error of a field', () => {
    const { errors } = placeFieldErrors(
      [
        { path: 'name', code: 'required' },
        { path: 'name', code: 'too_short' },
      ],
      isPath,
    );
    expect(errors).toEqual({ name: 'required' });
  });

  it('does not match unknown list fields', () => {
    expect(isPath('addresses.0.line1')).toBe(false);
    expect(isPath('addresses.0.communeCode')).toBe(true);
  });
});
