import type { TOrganisationKind, TStructureType } from '../../shared/enums';
import { ZOrganisationInput, type TOrganisationInput } from '../../shared/schemas/organisations';
import { isValidSiren, isValidSiret } from '../../domain/organisations/legal-ids';
import { formPathMatcher, issuesToFieldErrors, placeFieldErrors } from './field-errors';

/** One address as edited in the form (every text field a string, never undefined). */
export interface TAddressFormValues {
  label: string;
  line1: string;
  line2: string;
  postalCode: string;
  communeCode: string;
  isDelivery: boolean;
}

/** The organisation form's values. */
export interface TOrganisationFormValues {
  kind: TOrganisationKind | '';
  name: string;
  legalId: string;
  structureType: TStructureType | '';
  email: string;
  phone: string;
  departementCode: string;
  networkIds: string[];
  addresses: TAddressFormValues[];
}

/** An organisation as the API returns it on its page (only what the form needs). */
export interface TOrganisationDetailLike {
  kind: TOrganisationKind;
  name: string;
  legalId: string | null;
  structureType: TStructureType | null;
  email: string | null;
  phone: string | null;
  departementCode: string | null;
  networks: { id: string }[];
  addresses: {
    label: string;
    line1: string;
    line2: string | null;
    postalCode: string;
    communeCode: string;
    isDelivery: boolean;
  }[];
}

/** Paths the form can show errors on. */
export const isOrganisationFormPath = formPathMatcher(
  ['kind', 'name', 'legalId', 'structureType', 'email', 'phone', 'departementCode', 'networkIds'],
  { addresses: ['label', 'line1', 'line2', 'postalCode', 'communeCode'] },
);

/** A blank address (delivery by default, as most addresses are where equipment goes). */
export function emptyAddress(): TAddressFormValues {
  return { label: '', line1: '', line2: '', postalCode: '', communeCode: '', isDelivery: true };
}

/** Blank form for a new organisation, optionally of a given kind. */
export function emptyOrganisationForm(kind: TOrganisationKind | '' = ''): TOrganisationFormValues {
  return {
    kind,
    name: '',
    legalId: '',
    structureType: '',
    email: '',
    phone: '',
    departementCode: '',
    networkIds: [],
    addresses: [],
  };
}

/** Form values for editing an existing organisation. */
export function organisationToForm(o: TOrganisationDetailLike): TOrganisationFormValues {
  return {
    kind: o.kind,
    name: o.name,
    legalId: o.legalId ?? '',
    structureType: o.structureType ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    departementCode: o.departementCode ?? '',
    networkIds: o.networks.map((n) => n.id),
    addresses: o.addresses.map((a) => ({
      label: a.label,
      line1: a.line1,
      line2: a.line2 ?? '',
      postalCode: a.postalCode,
      communeCode: a.communeCode,
      isDelivery: a.isDelivery,
    })),
  };
}

const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The API body for the form's values (empty optional fields left out). */
export function formToOrganisationInput(v: TOrganisationFormValues): TOrganisationInput {
  const isStructure = v.kind === 'structure';
  return {
    kind: v.kind as TOrganisationKind,
    name: v.name,
    legalId: blankToUndefined(v.legalId),
    structureType: isStructure && v.structureType ? v.structureType : undefined,
    email: v.email.trim(),
    phone: blankToUndefined(v.phone),
    departementCode: blankToUndefined(v.departementCode),
    networkIds: isStructure ? v.networkIds : [],
    addresses: v.addresses.map((a) => ({
      label: a.label,
      line1: a.line1,
      line2: blankToUndefined(a.line2),
      postalCode: a.postalCode.trim(),
      communeCode: blankToUndefined(a.communeCode),
      isDelivery: a.isDelivery,
    })),
  };
}

/** Which legal identifier an organisation of this kind takes (as the server checks it). */
export function legalIdKind(kind: TOrganisationKind | ''): 'siret' | 'siret_or_siren' {
  return kind === 'structure' || kind === 'welcome_point' ? 'siret' : 'siret_or_siren';
}

/**
 * Checks the form before sending, with the shared schema and the same extra rules as the
 * server (structure type, SIRET/SIREN checksum). Returns error codes by form path.
 */
export function validateOrganisationForm(v: TOrganisationFormValues): Record<string, string> {
  const fields = [];
  if (!v.kind) fields.push({ path: 'kind', code: 'required' });
  if (!v.name.trim()) fields.push({ path: 'name', code: 'required' });
  const parsed = ZOrganisationInput.safeParse(formToOrganisationInput(v));
  if (!parsed.success) {
    for (const f of issuesToFieldErrors(parsed.error.issues)) {
      if (f.path === 'kind') continue;
      // The e-mail is "empty or valid" (a union): report it as an invalid address.
      fields.push(f.path === 'email' ? { path: 'email', code: 'email_invalid' } : f);
    }
  }
  if (v.kind === 'structure' && !v.structureType)
    fields.push({ path: 'structureType', code: 'required' });
  const legalId = v.legalId.trim();
  if (legalId) {
    const ok =
      legalIdKind(v.kind) === 'siret'
        ? isValidSiret(legalId)
        : isValidSiret(legalId) || isValidSiren(legalId);
    if (!ok) {
      fields.push({
        path: 'legalId',
        code: legalIdKind(v.kind) === 'siret' ? 'siret_invalid' : 'siren_invalid',
      });
    }
  }
  return placeFieldErrors(fields, isOrganisationFormPath).errors;
}
