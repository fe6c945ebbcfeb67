import { describe, expect, it } from 'vitest';
import { co2eAvoidedGrams, CO2E_AVOIDED_GRAMS, formatCo2e } from './co2';

describe('CO2e factors', () => {
  it('counts only kinds with a sourced factor, in grams', () => {
    expect(CO2E_AVOIDED_GRAMS.laptop).toBe(81_000);
    expect(co2eAvoidedGrams({ laptop: 2, smartphone: 1, monitor: 10 })).toBe(2 * 81_000 + 49_200);
    expect(formatCo2e(211_200)).toBe('211,2\u00a0kg');
    expect(formatCo2e(12_345_678_000)).toBe('12\u00a0345,7\u00a0t');
    expect(formatCo2e(0, 'en')).toBe('0.0 kg');
  });
});
