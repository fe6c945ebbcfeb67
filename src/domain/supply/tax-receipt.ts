import type { TBeneficiaryQualification, TGiftForm } from '../../shared/supply-enums';

/**
 * Tax receipts for companies' in-kind gifts (CERFA n°16216, "Reçu des dons et versements
 * effectués par les entreprises au titre de l'article 238 bis du code général des impôts").
 * Numbers run without gaps per calendar year ("2026-000001"); an issued receipt is never
 * edited: a correction cancels it and issues a new one that names the old.
 */

/** "2026-000042": the year and the receipt's rank within it. */
export function formatReceiptNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError('year out of range');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError('sequence out of range');
  }
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

/** Reads a receipt number back (null when malformed). */
export function parseReceiptNumber(number: string): { year: number; sequence: number } | null {
  const m = /^(\d{4})-(\d{6})$/.exec(number);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}

/** The beneficiary (the bank) as the receipt names it; set by an admin in the settings. */
export interface TReceiptIssuer {
  name: string;
  addressLine1: string;
  addressLine2?: string | null | undefined;
  postalCode: string;
  city: string;
  /** SIREN (9 digits) or RNA number (W + 9 digits). */
  sirenOrRna: string;
  object: string;
  qualification: TBeneficiaryQualification;
  /** Free text when qualification is "autre", or a more precise wording. */
  qualificationText?: string | null | undefined;
  signatoryName: string;
  signatoryTitle: string;
  place: string;
}

/** French wording of each qualification, as printed on the receipt. */
export const QUALIFICATION_LABELS: Record<TBeneficiaryQualification, string> = {
  interet_general: "Association ou fondation d'intérêt général (art. 238 bis, 1-a du CGI)",
  utilite_publique: "Association reconnue d'utilité publique",
  fondation_utilite_publique: "Fondation reconnue d'utilité publique",
  fondation_entreprise: "Fondation d'entreprise",
  autre: 'Autre organisme',
};

/** French wording of each form of gift. */
export const GIFT_FORM_LABELS: Record<TGiftForm, string> = {
  declaration_don_manuel: 'Déclaration de don manuel',
  acte_sous_seing_prive: 'Acte sous seing privé',
  acte_authentique: 'Acte authentique',
  autre: 'Autre',
};

/** Everything printed on a receipt, frozen when it is issued. */
export interface TReceiptContent {
  number: string;
  issuer: TReceiptIssuer;
  donor: {
    name: string;
    siren: string;
    legalForm: string | null;
    address: string;
  };
  giftDate: string;
  nature: 'don_en_nature';
  form: TGiftForm;
  description: string;
  valuationCents: number;
  legalBasis: string;
  issuedOn: string;
  /** The receipt this one replaces (a correction), by number. */
  replacesNumber: string | null;
  lotReference: string | null;
}

/** The legal basis printed on every receipt. */
export const LEGAL_BASIS = 'Article 238 bis du code général des impôts';

/** The fields of the issuer settings that are missing (empty when a receipt can be issued). */
export function missingIssuerFields(issuer: Partial<TReceiptIssuer> | null | undefined): string[] {
  const required: (keyof TReceiptIssuer)[] = [
    'name',
    'addressLine1',
    'postalCode',
    'city',
    'sirenOrRna',
    'object',
    'qualification',
    'signatoryName',
    'signatoryTitle',
    'place',
  ];
  return required.filter((k) => {
    const v = issuer?.[k];
    return typeof v !== 'string' || !v.trim();
  });
}

/** The SIREN of a company from its legal id (a SIREN, or the first 9 digits of a SIRET). */
export function sirenOf(legalId: string | null | undefined): string | null {
  const digits = legalId?.replace(/[\s.]/g, '') ?? '';
  if (/^\d{9}$/.test(digits)) return digits;
  if (/^\d{14}$/.test(digits)) return digits.slice(0, 9);
  return null;
}

/** "123 456 789": a SIREN as people read it. */
export function formatSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

/** A group of received devices, for the description of the goods. */
export interface TGoodsGroup {
  kind: string;
  count: number;
  models: string[];
}

const KIND_WORDS: Record<string, [string, string]> = {
  laptop: ['ordinateur portable', 'ordinateurs portables'],
  desktop: ['ordinateur fixe', 'ordinateurs fixes'],
  tablet: ['tablette', 'tablettes'],
  smartphone: ['smartphone', 'smartphones'],
  router_4g: ['routeur 4G', 'routeurs 4G'],
  monitor: ['écran', 'écrans'],
  other: ['autre équipement', 'autres équipements'],
};

/**
 * "19 ordinateurs portables (Dell Latitude 5490, HP EliteBook 840) ; 2 tablettes —
 * matériel informatique d'occasion": the exhaustive nature and quantities the receipt needs.
 */
export function describeGoods(groups: readonly TGoodsGroup[]): string {
  const parts = groups
    .filter((g) => g.count > 0)
    .map((g) => {
      const [one, many] = KIND_WORDS[g.kind] ?? [g.kind, g.kind];
      const models = g.models.length
        ? ` (${g.models.slice(0, 6).join(', ')}${g.models.length > 6 ? '…' : ''})`
        : '';
      return `${g.count} ${g.count > 1 ? many : one}${models}`;
    });
  return parts.length ? `${parts.join(' ; ')} — matériel informatique d'occasion` : '';
}
