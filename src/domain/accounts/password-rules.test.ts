import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-rules';

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('un vélo rouge au marché', 'a@b.fr')).toBeNull();
  });
  it('names each problem', () => {
    expect(checkPassword('court', 'a@b.fr')).toBe('too_short');
    expect(checkPassword('x'.repeat(201), 'a@b.fr')).toBe('too_long');
    expect(checkPassword('Jean@Asso.fr', 'jean@asso.fr')).toBe('same_as_email');
    expect(checkPassword('AzertyUiop', 'a@b.fr')).toBe('too_common');
  });
});
