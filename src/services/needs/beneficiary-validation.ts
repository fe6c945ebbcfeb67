import { checkBeneficiary } from '../../domain/needs/beneficiary-rules';
import type { TFieldIssue } from '../../domain/needs/types';
import type { TBeneficiaryParsed } from '../../shared/schemas/beneficiaries';
import { isDepartement } from '../geo/geo-data';

/**
 * Everything a beneficiary must satisfy beyond its shape (the API and the CSV import share
 * it): the domain rules (consents, notes without identifying data…) and a real département.
 */
export function validateBeneficiary(
  b: TBeneficiaryParsed,
  today: string,
  path: string,
): TFieldIssue[] {
  const issues = checkBeneficiary(b, today, path);
  if (!isDepartement(b.departementCode)) {
    issues.push({
      path: path ? `${path}.departementCode` : 'departementCode',
      code: 'departement_unknown',
    });
  }
  return issues;
}
