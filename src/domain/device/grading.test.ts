import { describe, expect, it } from 'vitest';
import { APPEARANCE_GRADES, FUNCTION_GRADES } from '../../shared/inventory';
import {
  APPEARANCE_CRITERIA,
  batteryBand,
  FUNCTION_CRITERIA,
  isDistributable,
  overallGrade,
} from './grading';
import { osNeedsLicence } from './os-licence';

describe('grading', () => {
  it('writes a criterion in French and English for every grade', () => {
    expect(APPEARANCE_CRITERIA.map((c) => c.grade)).toEqual([...APPEARANCE_GRADES]);
    expect(FUNCTION_CRITERIA.map((c) => c.grade)).toEqual([...FUNCTION_GRADES]);
    for (const c of [...APPEARANCE_CRITERIA, ...FUNCTION_CRITERIA]) {
      expect(c.fr.length).toBeGreaterThan(20);
      expect(c.en.length).toBeGreaterThan(20);
    }
  });

  it('counts stock by the worse of the two grades', () => {
    expect(overallGrade('A', 'A')).toBe('A');
    expect(overallGrade('A', 'C')).toBe('C');
    expect(overallGrade('D', 'B')).toBe('D');
    expect(overallGrade(null, 'B')).toBeNull();
  });

  it('bands battery health', () => {
    expect(batteryBand(100)).toBe('good');
    expect(batteryBand(80)).toBe('good');
    expect(batteryBand(79)).toBe('fair');
    expect(batteryBand(59)).toBe('weak');
    expect(batteryBand(null)).toBeNull();
  });

  it('does not distribute E appearance or D function', () => {
    expect(isDistributable('D', 'C')).toBe(true);
    expect(isDistributable('E', 'A')).toBe(false);
    expect(isDistributable('A', 'D')).toBe(false);
    expect(isDistributable(null, 'A')).toBe(false);
  });

  it('asks a licence for Windows only', () => {
    expect(osNeedsLicence('Windows 10 Pro')).toBe(true);
    expect(osNeedsLicence('Debian GNU/Linux 12')).toBe(false);
    expect(osNeedsLicence('macOS Sonoma')).toBe(false);
    expect(osNeedsLicence('ChromeOS Flex')).toBe(false);
    expect(osNeedsLicence(null)).toBe(false);
  });
});
