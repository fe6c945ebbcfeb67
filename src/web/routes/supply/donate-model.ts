import type { TPublicDonationInput } from '../../../shared/schemas/donations';
import { formPathMatcher } from '../../lib/field-errors';
import { emptyLotLine, lotLineInput, type TLotLineValues } from './lot-line-fields';
import { todayIso } from './supply-common';
import { opt } from './supply-form';

/** The public donation form as typed (flat fields, mapped to the API's nested paths). */
export interface TDonateValues {
  companyName: string;
  legalId: string;
  companyLine1: string;
  companyLine2: string;
  companyPostalCode: string;
  companyCommuneCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  lines: TLotLineValues[];
  /** The lot is picked up at the head office (the pickup address fields are hidden). */
  sameAddress: boolean;
  line1: string;
  line2: string;
  postalCode: string;
  communeCode: string;
  availableFrom: string;
  availableUntil: string;
  siteName: string;
  sitePhone: string;
  siteEmail: string;
  notes: string;
}

export const emptyDonateValues = (): TDonateValues => ({
  companyName: '',
  legalId: '',
  companyLine1: '',
  companyLine2: '',
  companyPostalCode: '',
  companyCommuneCode: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  lines: [emptyLotLine()],
  sameAddress: true,
  line1: '',
  line2: '',
  postalCode: '',
  communeCode: '',
  availableFrom: todayIso(3),
  availableUntil: todayIso(30),
  siteName: '',
  sitePhone: '',
  siteEmail: '',
  notes: '',
});

/** The API's body from the form (the pickup address copied from the head office if asked). */
export function toDonateInput(v: TDonateValues, locale: string): TPublicDonationInput {
  const company = {
    line1: v.companyLine1,
    line2: opt(v.companyLine2),
    postalCode: v.companyPostalCode.trim(),
    communeCode: opt(v.companyCommuneCode),
  };
  const pickup = v.sameAddress
    ? company
    : {
        line1: v.line1,
        line2: opt(v.line2),
        postalCode: v.postalCode.trim(),
        communeCode: opt(v.communeCode),
      };
  return {
    company: { name: v.companyName, legalId: v.legalId, address: company },
    contact: {
      displayName: v.contactName,
      email: v.contactEmail.trim(),
      phone: v.contactPhone,
      locale: locale.startsWith('en') ? 'en' : 'fr',
    },
    lot: {
      lines: v.lines.map(lotLineInput),
      pickupAddress: pickup,
      availableFrom: v.availableFrom,
      availableUntil: v.availableUntil,
      siteContact: { name: v.siteName, phone: v.sitePhone, email: v.siteEmail.trim() },
      notes: opt(v.notes),
    },
  };
}

const COMPANY_PATHS: Record<string, string> = {
  'company.name': 'companyName',
  'company.legalId': 'legalId',
  'company.address.line1': 'companyLine1',
  'company.address.line2': 'companyLine2',
  'company.address.postalCode': 'companyPostalCode',
  'company.address.communeCode': 'companyCommuneCode',
  'contact.displayName': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
  'lot.availableFrom': 'availableFrom',
  'lot.availableUntil': 'availableUntil',
  'lot.siteContact.name': 'siteName',
  'lot.siteContact.phone': 'sitePhone',
  'lot.siteContact.email': 'siteEmail',
  'lot.notes': 'notes',
};
const PICKUP = ['line1', 'line2', 'postalCode', 'communeCode'] as const;
const COMPANY_OF: Record<string, string> = {
  line1: 'companyLine1',
  line2: 'companyLine2',
  postalCode: 'companyPostalCode',
  communeCode: 'companyCommuneCode',
};

/** Maps an API (or schema) error path to the form's field, given where the pickup is typed. */
export function donateFieldPath(path: string, sameAddress: boolean): string {
  if (COMPANY_PATHS[path]) return COMPANY_PATHS[path];
  const pickup = /^lot\.pickupAddress\.(\w+)$/.exec(path)?.[1];
  if (pickup) return sameAddress ? (COMPANY_OF[pickup] ?? pickup) : pickup;
  if (path.startsWith('lot.lines')) return path.slice('lot.'.length);
  return path;
}

const LINE_FIELDS = [
  'kind',
  'count',
  'brand',
  'model',
  'ageYears',
  'condition',
  'drives',
  'assetTags',
  'notes',
];
const matcher = formPathMatcher(
  [
    ...Object.values(COMPANY_PATHS),
    ...PICKUP,
    'lines',
    'companyLine1',
    'companyPostalCode',
    'companyCommuneCode',
  ],
  { lines: LINE_FIELDS },
);

/** True for an error path the form shows next to a field. */
export const isDonatePath = (sameAddress: boolean) => (path: string) =>
  matcher(donateFieldPath(path, sameAddress));
