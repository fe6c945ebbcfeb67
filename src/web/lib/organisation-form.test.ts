import { describe, expect, it } from 'vitest';
import {
  emptyAddress,
  emptyOrganisationForm,
  formToOrganisationInput,
  legalIdKind,
  organisationToForm,
  validateOrganisationForm,
} from './organisation-form';

const SIRET = '73282932000074';
const SIREN = '732829320';

function structure() {
  return {
    ...emptyOrganisationForm('structure'),
    name: 'Maison des jeunes',
    structureType: 'association' as const,
    addresses: [
      { ...emptyAddress(), label: 'Siège', line1: '1 rue des Lilas', postalCode: '75020' },
    ],
  };
}

describe('organisation form', () => {
  it('accepts a complete structure', () => {
    expect(validateOrganisationForm(structure())).toEqual({});
  });

  it('requires a kind, a name and, for structures, a structure type', () => {
    expect(validateOrganisationForm(emptyOrganisationForm())).toMatchObject({
      kind: 'required',
      name: 'required',
    });
    expect(validateOrganisationForm({ ...structure(), structureType: '' })).toEqual({
      structureType: 'required',
    });
  });

  it('checks SIRET for structures and SIRET or SIREN for companies', () => {
    expect(legalIdKind('structure')).toBe('siret');
    expect(legalIdKind('donor')).toBe('siret_or_siren');
    expect(validateOrganisationForm({ ...structure(), legalId: SIREN })).toEqual({
      legalId: 'siret_invalid',
    });
    expect(validateOrganisationForm({ ...structure(), legalId: '732 829 320 00074' })).toEqual({});
    const donor = { ...emptyOrganisationForm('donor'), name: 'Entreprise' };
    expect(validateOrganisationForm({ ...donor, legalId: SIREN })).toEqual({});
    expect(validateOrganisationForm({ ...donor, legalId: '123456789' })).toEqual({
      legalId: 'siren_invalid',
    });
    expect(validateOrganisationForm({ ...donor, legalId: SIRET })).toEqual({});
  });

  it('reports address and e-mail problems on their fields', () => {
    const v = structure();
    v.email = 'not-an-email';
    v.addresses[0]!.postalCode = '7502';
    v.addresses[0]!.line1 = '';
    expect(validateOrganisationForm(v)).toEqual({
      email: 'email_invalid',
      'addresses.0.postalCode': 'postal_code_format',
      'addresses.0.line1': 'required',
    });
  });

  it('sends empty optional fields as absent, and networks only for structures', () => {
    const input = formToOrganisationInput({
      ...emptyOrganisationForm('donor'),
      name: 'X',
      networkIds: ['n1'],
      structureType: 'association',
    });
    expect(input).toMatchObject({
      kind: 'donor',
      legalId: undefined,
      phone: undefined,
      networkIds: [],
    });
    expect(input.structureType).toBeUndefined();
  });

  it('round-trips an organisation from the API', () => {
    const form = organisationToForm({
      kind: 'structure',
      name: 'MJC',
      legalId: null,
      structureType: 'school',
      email: null,
      phone: '01 02 03 04 05',
      departementCode: '75',
      networks: [{ id: 'n1' }],
      addresses: [
        {
          label: 'Siège',
          line1: '1 rue',
          line2: null,
          postalCode: '75001',
          communeCode: '75101',
          isDelivery: false,
        },
      ],
    });
    expect(form.networkIds).toEqual(['n1']);
    expect(form.addresses[0]).toEqual({
      label: 'Siège',
      line1: '1 rue',
      line2: '',
      postalCode: '75001',
      communeCode: '75101',
      isDelivery: false,
    });
    expect(formToOrganisationInput(form).addresses![0]!.communeCode).toBe('75101');
  });
});
