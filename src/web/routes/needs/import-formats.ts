/**
 * The CSV formats the imports accept, as people read them: one column per field, the header
 * names the server recognises (the first one is the template's), and whether it is required.
 * Mirrors `STRUCTURE_COLUMNS` / `BENEFICIARY_COLUMNS` in src/services/imports (the web app
 * cannot import services).
 */
export interface TImportColumn {
  field: string;
  headers: readonly string[];
  required: boolean;
}

export type TImportKind = 'structures' | 'beneficiaries';

export const IMPORT_FORMATS: Record<TImportKind, readonly TImportColumn[]> = {
  structures: [
    { field: 'name', headers: ['Nom', 'Name', 'Raison sociale', 'Structure'], required: true },
    { field: 'structureType', headers: ['Type', 'Type structure'], required: true },
    { field: 'legalId', headers: ['SIRET'], required: false },
    { field: 'networks', headers: ['Réseaux', 'Réseau', 'Networks'], required: false },
    { field: 'line1', headers: ['Adresse', 'Address', 'Adresse ligne 1'], required: true },
    { field: 'line2', headers: ['Complément', 'Complément adresse'], required: false },
    { field: 'postalCode', headers: ['Code postal', 'CP', 'Postal code'], required: true },
    { field: 'communeCode', headers: ['Code commune', 'Code INSEE'], required: false },
    { field: 'email', headers: ['Email', 'Courriel', 'Mail'], required: false },
    { field: 'phone', headers: ['Téléphone', 'Tel', 'Phone'], required: false },
    { field: 'publicServed', headers: ['Public', 'Public accompagné'], required: false },
    {
      field: 'expectedBeneficiaries',
      headers: ['Nombre prévu', 'Personnes prévues', 'Bénéficiaires prévus'],
      required: false,
    },
    { field: 'referentName', headers: ['Référent nom', 'Référent'], required: false },
    { field: 'referentEmail', headers: ['Référent email', 'Référent courriel'], required: false },
  ],
  beneficiaries: [
    { field: 'reference', headers: ['Référence', 'Ref', 'Identifiant', 'Code'], required: true },
    { field: 'ageBand', headers: ['Tranche âge', "Tranche d'âge", 'Age'], required: true },
    { field: 'situation', headers: ['Situation'], required: true },
    { field: 'schoolLevel', headers: ['Niveau scolaire', 'Niveau', 'Classe'], required: false },
    { field: 'departementCode', headers: ['Département', 'Dep'], required: true },
    { field: 'householdSize', headers: ['Taille foyer', 'Foyer'], required: true },
    { field: 'lacks', headers: ['Manques', 'Besoins'], required: true },
    { field: 'consentAt', headers: ['Consentement', 'Date consentement'], required: true },
    {
      field: 'parentalConsentAt',
      headers: ['Consentement parental', 'Date consentement parental'],
      required: false,
    },
    { field: 'parentalConsentBy', headers: ['Consentement parental par'], required: false },
    { field: 'notes', headers: ['Notes', 'Remarques', 'Commentaire'], required: false },
  ],
};

/** Example rows of the templates (semicolon-separated, as French spreadsheets save them). */
const EXAMPLES: Record<TImportKind, readonly (readonly string[])[]> = {
  structures: [
    [
      'Afev Lyon',
      'association',
      '',
      'Collectif Mentorat',
      '5 rue Molière',
      '',
      '69001',
      '',
      'lyon@exemple.fr',
      '04 72 00 00 00',
      'Collégiens et lycéens',
      '30',
      'Léa Martin',
      'lea.martin@exemple.fr',
    ],
  ],
  beneficiaries: [
    [
      'AD-01',
      '15_17',
      'lycéen',
      'lycee_terminale',
      '93',
      '4',
      'ordinateur|connexion',
      '01/09/2026',
      '',
      '',
      '',
    ],
    [
      'AD-02',
      '11_14',
      'collégien',
      'college_3e',
      '93',
      '3',
      'ordinateur',
      '01/09/2026',
      '01/09/2026',
      'parent',
      '',
    ],
  ],
};

const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The template file's text: the first header of each column, then the example rows. */
export function templateCsv(kind: TImportKind): string {
  const header = IMPORT_FORMATS[kind].map((c) => c.headers[0]!);
  return [header, ...EXAMPLES[kind]].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A link target that downloads the template (UTF-8 with a BOM, so Excel reads the accents). */
export function templateHref(kind: TImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateCsv(kind)}`)}`;
}

/**
 * Reads a chosen file as text: UTF-8 when it is valid UTF-8, else Windows-1252 (what French
 * Excel writes when saving "CSV (séparateur: point-virgule)").
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The line of the file a row error is on (the header is line 1); null for the whole file. */
export function fileLine(row: number): number | null {
  return row > 0 ? row + 1 : null;
}
