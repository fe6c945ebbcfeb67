import type { Executor } from '../../db/connect';
import type { TImportRowError } from '../../shared/schemas/imports';
import { ZBeneficiaryInput, type TBeneficiaryParsed } from '../../shared/schemas/beneficiaries';
import { findTakenReferences } from '../../db/repositories/beneficiaries-repo';
import { validateBeneficiary } from '../needs/beneficiary-validation';
import { eachWithProgress, normaliseKey, readCsv, readDate, readInt } from './csv';

/** Accepted headers per field (normalised). */
export const BENEFICIARY_COLUMNS = {
  reference: ['reference', 'ref', 'identifiant', 'code'],
  ageBand: ['tranche_age', 'tranche_d_age', 'age', 'age_band'],
  situation: ['situation'],
  schoolLevel: ['niveau_scolaire', 'niveau', 'classe', 'school_level'],
  departementCode: ['departement', 'dep', 'departement_code'],
  householdSize: ['taille_foyer', 'foyer', 'personnes_foyer', 'household_size'],
  lacks: ['manques', 'besoins', 'manque', 'lacks'],
  consentAt: ['consentement', 'date_consentement', 'consentement_date', 'consent_at'],
  parentalConsentAt: [
    'consentement_parental',
    'date_consentement_parental',
    'consentement_parental_date',
    'parental_consent_at',
  ],
  parentalConsentBy: ['consentement_parental_par', 'parental_consent_by'],
  notes: ['notes', 'remarques', 'commentaire'],
} as const;

const SYNONYMS: Record<string, Record<string, string>> = {
  situation: {
    eleve: 'pupil',
    etudiant: 'student',
    etudiante: 'student',
    apprenti: 'apprentice',
    apprentie: 'apprentice',
    demandeur_d_emploi: 'job_seeker',
    demandeuse_d_emploi: 'job_seeker',
    famille: 'family',
    autre: 'other',
  },
  ageBand: { moins_de_11: 'under_11', '65_et_plus': '65_plus' },
  lacks: {
    ordinateur: 'computer',
    tablette: 'tablet',
    telephone: 'phone',
    connexion: 'connection',
  },
  parentalConsentBy: {
    tuteur: 'legal_guardian',
    tutrice: 'legal_guardian',
    ase: 'child_welfare_service',
  },
  schoolLevel: { primaire: 'primary', autre: 'other', universite: 'university' },
};

const code = (field: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const k = normaliseKey(value);
  return SYNONYMS[field]?.[k] ?? k;
};

/**
 * Reads and checks a CSV of a structure's beneficiaries without writing anything: the same
 * rules as the form (consents, parental consent under 15, notes without e-mail or phone…) and
 * references unique in the file and in the structure.
 */
export async function validateBeneficiariesCsv(
  ex: Executor,
  structureId: string,
  text: string,
  today: string,
  progress?: (done: number, total: number) => Promise<void>,
): Promise<{
  total: number;
  rows: (TBeneficiaryParsed & { row: number })[];
  errors: TImportRowError[];
}> {
  const table = readCsv(text, BENEFICIARY_COLUMNS, [
    'reference',
    'ageBand',
    'situation',
    'departementCode',
    'householdSize',
    'lacks',
    'consentAt',
  ]);
  if (table.errors.length) return { total: 0, rows: [], errors: table.errors };
  const total = table.rows.length;
  const taken = await findTakenReferences(ex, structureId, [
    ...new Set(table.rows.map((r) => r.values.reference ?? '').filter(Boolean)),
  ]);
  const seen = new Map<string, number>();
  const rows: (TBeneficiaryParsed & { row: number })[] = [];
  const errors: TImportRowError[] = [];
  await eachWithProgress(
    table.rows,
    ({ row, values: v }) => {
      const parsed = ZBeneficiaryInput.safeParse({
        reference: v.reference ?? '',
        ageBand: code('ageBand', v.ageBand),
        situation: code('situation', v.situation),
        schoolLevel: code('schoolLevel', v.schoolLevel) ?? null,
        departementCode: v.departementCode?.toUpperCase() ?? '',
        householdSize: readInt(v.householdSize),
        lacks: (v.lacks ?? '')
          .split(/[|,]/)
          .map((s) => code('lacks', s.trim()))
          .filter(Boolean),
        consentAt: readDate(v.consentAt),
        parentalConsentAt: readDate(v.parentalConsentAt) ?? null,
        parentalConsentBy: code('parentalConsentBy', v.parentalConsentBy) ?? null,
        notes: v.notes ?? null,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const message = issue.message;
          errors.push({
            row,
            path: issue.path.join('.'),
            code: /^[a-z_]+$/.test(message) ? message : issue.code,
          });
        }
        return;
      }
      const b = parsed.data;
      const issues = validateBeneficiary(b, today, '');
      if (taken.has(b.reference)) issues.push({ path: 'reference', code: 'reference_taken' });
      else if (seen.has(b.reference)) {
        issues.push({
          path: 'reference',
          code: 'reference_duplicate_in_file',
          params: { row: seen.get(b.reference)! },
        });
      } else seen.set(b.reference, row);
      if (issues.length) errors.push(...issues.map((i) => ({ row, ...i })));
      else rows.push({ ...b, row });
    },
    progress ? (done) => progress(done, total) : undefined,
  );
  return { total, rows, errors };
}
