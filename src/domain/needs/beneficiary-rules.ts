import {
  SCHOOLED_SITUATIONS,
  UNDER_15_BANDS,
  type TAgeBand,
  type TParentalConsentBy,
  type TSchoolLevel,
  type TSituation,
} from '../../shared/needs-enums';
import type { TFieldIssue } from './types';

/** True when a parent's consent is required as well (under 15). */
export function needsParentalConsent(ageBand: TAgeBand): boolean {
  return UNDER_15_BANDS.includes(ageBand);
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
// French numbers (0X XX XX XX XX, +33 X…, 0033 X…) and any international "+" number of 8+ digits.
const PHONE_FR = /(?:\+33|0033|\b0)\s*[1-9](?:[\s.-]*\d{2}){4}\b/;
const PHONE_INTL = /\+\d(?:[\s.-]*\d){7,}/;

/**
 * Finds data that identifies a person in free text (an e-mail address or a phone number), to
 * refuse it: beneficiaries are pseudonymous. Returns the issue code, or null when clean.
 */
export function findIdentifyingData(
  text: string,
): 'notes_contain_email' | 'notes_contain_phone' | null {
  if (EMAIL.test(text)) return 'notes_contain_email';
  if (PHONE_FR.test(text) || PHONE_INTL.test(text)) return 'notes_contain_phone';
  return null;
}

/** What the rules check on a beneficiary (already shape-validated by the schema). */
export interface TBeneficiaryFacts {
  ageBand: TAgeBand;
  situation: TSituation;
  schoolLevel: TSchoolLevel | null;
  consentAt: string;
  parentalConsentAt: string | null;
  parentalConsentBy: TParentalConsentBy | null;
  notes: string | null;
}

/**
 * Checks the rules a schema cannot: consent dates not in the future, a parent's consent for
 * under-15s, a school level only for pupils and students, notes free of identifying data.
 * `today` is YYYY-MM-DD; `path` prefixes every issue ("items.2").
 */
export function checkBeneficiary(
  facts: TBeneficiaryFacts,
  today: string,
  path = '',
): TFieldIssue[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const issues: TFieldIssue[] = [];
  if (facts.consentAt > today) issues.push({ path: at('consentAt'), code: 'date_in_future' });
  if (needsParentalConsent(facts.ageBand)) {
    if (!facts.parentalConsentAt) {
      issues.push({ path: at('parentalConsentAt'), code: 'parental_consent_required' });
    } else if (facts.parentalConsentAt > today) {
      issues.push({ path: at('parentalConsentAt'), code: 'date_in_future' });
    }
    if (!facts.parentalConsentBy) {
      issues.push({ path: at('parentalConsentBy'), code: 'parental_consent_required' });
    }
  }
  if (facts.schoolLevel && !SCHOOLED_SITUATIONS.includes(facts.situation)) {
    issues.push({ path: at('schoolLevel'), code: 'school_level_not_applicable' });
  }
  if (facts.notes) {
    const found = findIdentifyingData(facts.notes);
    if (found) issues.push({ path: at('notes'), code: found });
  }
  return issues;
}
