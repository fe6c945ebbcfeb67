import type { TStructureApplicationInput } from '../../../shared/schemas/structure-applications';
import { formPathMatcher } from '../../lib/field-errors';

/** A referent contact as the application form holds it. */
export interface TContact {
  name: string;
  email: string;
  phone: string;
  function: string;
}

export interface TValues {
  name: string;
  structureType: string;
  legalId: string;
  email: string;
  phone: string;
  networkIds: string[];
  address: { line1: string; line2: string; postalCode: string; communeCode: string };
  contacts: TContact[];
  publicServed: string;
  expectedBeneficiaries: number | string;
}

export const emptyContact = (): TContact => ({ name: '', email: '', phone: '', function: '' });
const opt = (s: string) => s.trim() || undefined;

export function toInput(v: TValues, locale: string): TStructureApplicationInput {
  return {
    name: v.name,
    structureType: v.structureType as TStructureApplicationInput['structureType'],
    legalId: opt(v.legalId),
    email: v.email.trim(),
    phone: opt(v.phone),
    networkIds: v.networkIds,
    address: {
      line1: v.address.line1,
      line2: opt(v.address.line2),
      postalCode: v.address.postalCode,
      communeCode: opt(v.address.communeCode),
    },
    contacts: v.contacts.map((c) => ({
      name: c.name,
      email: c.email.trim(),
      phone: opt(c.phone),
      function: opt(c.function),
    })),
    publicServed: v.publicServed,
    expectedBeneficiaries: v.expectedBeneficiaries === '' ? NaN : Number(v.expectedBeneficiaries),
    locale: locale === 'en' ? 'en' : 'fr',
  };
}

export const isPath = formPathMatcher(
  [
    'name',
    'structureType',
    'legalId',
    'email',
    'phone',
    'networkIds',
    'address.line1',
    'address.line2',
    'address.postalCode',
    'address.communeCode',
    'contacts',
    'publicServed',
    'expectedBeneficiaries',
  ],
  { contacts: ['name', 'email', 'phone', 'function'] },
);
