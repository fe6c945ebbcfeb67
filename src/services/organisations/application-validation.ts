import type { Executor } from '../../db/connect';
import type { TStructureApplicationParsed } from '../../shared/schemas/structure-applications';
import type { TApplicationAddressJson } from '../../db/schema';
import { isValidSiret } from '../../domain/organisations/legal-ids';
import { findOrganisationsByIds } from '../../db/repositories/organisations-repo';
import { findTakenLegalIds } from '../../db/repositories/organisations-bulk-repo';
import type { TFieldIssue } from '../../domain/needs/types';
import { resolveAddress } from '../geo/resolve-address';

/**
 * Checks an application beyond its shape: SIRET checksum and not already registered, networks
 * that exist, a postal code that resolves to one commune (ambiguous codes ask), contacts with
 * different e-mails. Returns the field errors and the resolved address.
 */
export async function validateApplication(
  ex: Executor,
  input: TStructureApplicationParsed,
): Promise<{ errors: TFieldIssue[]; address?: TApplicationAddressJson }> {
  const errors: TFieldIssue[] = [];
  if (input.legalId) {
    if (!isValidSiret(input.legalId)) errors.push({ path: 'legalId', code: 'siret_invalid' });
    else if ((await findTakenLegalIds(ex, [input.legalId])).size) {
      errors.push({ path: 'legalId', code: 'siret_taken' });
    }
  }
  if (input.networkIds.length) {
    const found = await findOrganisationsByIds(ex, input.networkIds);
    const ok = new Set(found.filter((o) => o.kind === 'network' && o.isActive).map((o) => o.id));
    input.networkIds.forEach((id, i) => {
      if (!ok.has(id)) errors.push({ path: `networkIds.${i}`, code: 'network_unknown' });
    });
  }
  const emails = new Set<string>();
  input.contacts.forEach((c, i) => {
    if (emails.has(c.email)) errors.push({ path: `contacts.${i}.email`, code: 'email_repeated' });
    emails.add(c.email);
  });
  const r = resolveAddress({ label: 'Siège', ...input.address, isDelivery: true }, 'address');
  if (r.error) errors.push(r.error);
  const address = r.address
    ? {
        line1: r.address.line1,
        line2: r.address.line2,
        postalCode: r.address.postalCode,
        communeCode: r.address.communeCode,
        communeName: r.address.communeName,
        departementCode: r.address.departementCode,
        regionCode: r.address.regionCode,
      }
    : undefined;
  return { errors, ...(address ? { address } : {}) };
}

/** The application's columns from a checked input. */
export function applicationColumns(
  input: TStructureApplicationParsed,
  address: TApplicationAddressJson,
) {
  return {
    name: input.name,
    structureType: input.structureType,
    legalId: input.legalId ?? null,
    email: input.email || null,
    phone: input.phone || null,
    networkIds: input.networkIds,
    address,
    contacts: input.contacts,
    publicServed: input.publicServed,
    expectedBeneficiaries: input.expectedBeneficiaries,
    locale: input.locale,
  };
}
