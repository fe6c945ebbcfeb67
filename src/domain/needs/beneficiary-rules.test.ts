import { describe, expect, it } from 'vitest';
import {
  checkBeneficiary,
  findIdentifyingData,
  needsParentalConsent,
  type TBeneficiaryFacts,
} from './beneficiary-rules';

const ok: TBeneficiaryFacts = {
  ageBand: '15_17',
  situation: 'lyceen',
  schoolLevel: 'lycee_terminale',
  consentAt: '2020-04-01',
  parentalConsentAt: null,
  parentalConsentBy: null,
  notes: 'Suit les cours à distance depuis le 16 mars, 3 enfants au foyer.',
};

describe('beneficiary rules', () => {
  it('accepts a well-formed 15-17 without parental consent', () => {
    expect(checkBeneficiary(ok, '2020-05-01')).toEqual([]);
  });

  it('requires a parent’s consent for under-15s, on top of their own', () => {
    expect(needsParentalConsent('under_11')).toBe(true);
    expect(needsParentalConsent('11_14')).toBe(true);
    expect(needsParentalConsent('15_17')).toBe(false);
    const issues = checkBeneficiary(
      { ...ok, ageBand: '11_14', situation: 'collegien', schoolLevel: 'college_4e' },
      '2020-05-01',
      'items.2',
    );
    expect(issues).toEqual([
      { path: 'items.2.parentalConsentAt', code: 'parental_consent_required' },
      { path: 'items.2.parentalConsentBy', code: 'parental_consent_required' },
    ]);
    expect(
      checkBeneficiary(
        {
          ...ok,
          ageBand: '11_14',
          situation: 'collegien',
          schoolLevel: null,
          parentalConsentAt: '2020-04-02',
          parentalConsentBy: 'parent',
        },
        '2020-05-01',
      ),
    ).toEqual([]);
  });

  it('refuses consent dates in the future', () => {
    expect(checkBeneficiary({ ...ok, consentAt: '2020-05-02' }, '2020-05-01')).toEqual([
      { path: 'consentAt', code: 'date_in_future' },
    ]);
  });

  it('refuses a school level for people who are not at school', () => {
    expect(
      checkBeneficiary({ ...ok, ageBand: '26_64', situation: 'job_seeker' }, '2020-05-01'),
    ).toEqual([{ path: 'schoolLevel', code: 'school_level_not_applicable' }]);
  });

  it('spots e-mail addresses and phone numbers in notes', () => {
    expect(findIdentifyingData('écrire à jean.dupont@gmail.com')).toBe('notes_contain_email');
    expect(findIdentifyingData('tél 06 12 34 56 78')).toBe('notes_contain_phone');
    expect(findIdentifyingData('tel: 0612345678')).toBe('notes_contain_phone');
    expect(findIdentifyingData('joignable au +33 6 12 34 56 78')).toBe('notes_contain_phone');
    expect(findIdentifyingData('appelle le 01.23.45.67.89')).toBe('notes_contain_phone');
    expect(findIdentifyingData('+44 20 7946 0958')).toBe('notes_contain_phone');
    expect(checkBeneficiary({ ...ok, notes: 'mail: a@b.fr' }, '2020-05-01')).toEqual([
      { path: 'notes', code: 'notes_contain_email' },
    ]);
  });

  it('leaves ordinary notes alone (dates, counts, school years)', () => {
    for (const text of [
      'Bac en juin 2020, 2 frères, foyer de 5 personnes.',
      'Rentrée le 11/05/2020, classe de 3e.',
      'Besoin urgent : examens le 15 juin, connexion 4G seulement.',
      'Dossier 2020-0042 suivi par le service.',
    ]) {
      expect(findIdentifyingData(text), text).toBeNull();
    }
  });
});
