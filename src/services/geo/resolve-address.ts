import type { TAddressInput } from '../../shared/schemas/organisations';
import { communesForPostalCode } from './geo-data';

/** A field problem, as returned in a 400 response and translated by the UI. */
export interface TFieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/** An address completed with commune, département and région. */
export interface TResolvedAddress {
  label: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departementCode: string;
  regionCode: string;
  isDelivery: boolean;
}

/**
 * Completes an address from its postal code. An unknown code is an error; a code shared by
 * several communes needs the commune chosen (the error lists them so the form can ask).
 */
export function resolveAddress(
  input: TAddressInput,
  path: string,
): { address?: TResolvedAddress; error?: TFieldError } {
  const candidates = communesForPostalCode(input.postalCode);
  if (!candidates.length) {
    return { error: { path: `${path}.postalCode`, code: 'postal_code_unknown' } };
  }
  const match = input.communeCode
    ? candidates.find((c) => c.communeCode === input.communeCode)
    : candidates.length === 1
      ? candidates[0]
      : undefined;
  if (!match) {
    return {
      error: {
        path: `${path}.communeCode`,
        code: input.communeCode ? 'commune_mismatch' : 'commune_ambiguous',
        params: { options: candidates.map((c) => ({ code: c.communeCode, name: c.communeName })) },
      },
    };
  }
  return {
    address: {
      label: input.label,
      line1: input.line1,
      line2: input.line2 ?? null,
      postalCode: input.postalCode,
      communeCode: match.communeCode,
      communeName: match.communeName,
      departementCode: match.departementCode,
      regionCode: match.regionCode,
      isDelivery: input.isDelivery,
    },
  };
}
