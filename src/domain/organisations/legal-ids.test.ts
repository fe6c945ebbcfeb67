import { describe, expect, it } from 'vitest';
import { isValidSiren, isValidSiret, normaliseLegalId } from './legal-ids';

describe('legal ids', () => {
  it('accepts real SIREN and SIRET numbers', () => {
    expect(isValidSiren('732 829 320')).toBe(true); // a published SIREN
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('356 000 000 00051')).toBe(true); // La Poste rule
  });
  it('refuses a wrong checksum or length', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });
  it('normalises spaces and dots', () => {
    expect(normaliseLegalId('732.829 320')).toBe('732829320');
  });
});
