import { AppError } from '../../shared/app-error';
import type { TOrganisationInputParsed } from '../../shared/schemas/organisations';
import { isValidSiren, isValidSiret } from '../../domain/organisations/legal-ids';
import type { Executor } from '../../db/connect';
import {
  findOrganisation,
  findOrganisationsByIds,
  insertOrganisation,
  listAddresses,
  listNetworksOf,
  replaceAddresses,
  replaceNetworks,
  updateOrganisation,
  type TOrganisationRow,
} from '../../db/repositories/organisations-repo';
import { isDepartement } from '../geo/geo-data';
import { resolveAddress, type TFieldError, type TResolvedAddress } from '../geo/resolve-address';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** Checks everything the schema cannot: legal ids, département, networks, addresses. */
async function validate(
  ex: Executor,
  input: TOrganisationInputParsed,
): Promise<{ addresses: TResolvedAddress[]; departementCode: string | null }> {
  const errors: TFieldError[] = [];
  if (input.legalId) {
    const isStructure = input.kind === 'structure' || input.kind === 'welcome_point';
    const ok = isStructure
      ? isValidSiret(input.legalId)
      : isValidSiret(input.legalId) || isValidSiren(input.legalId);
    if (!ok)
      errors.push({ path: 'legalId', code: isStructure ? 'siret_invalid' : 'siren_invalid' });
  }
  if (input.kind === 'structure' && !input.structureType) {
    errors.push({ path: 'structureType', code: 'required' });
  }
  if (input.departementCode && !isDepartement(input.departementCode)) {
    errors.push({ path: 'departementCode', code: 'departement_unknown' });
  }
  if (input.networkIds.length) {
    if (input.kind !== 'structure')
      errors.push({ path: 'networkIds', code: 'networks_structures_only' });
    const found = await findOrganisationsByIds(ex, input.networkIds);
    const networks = new Set(found.filter((o) => o.kind === 'network').map((o) => o.id));
    input.networkIds.forEach((id, i) => {
      if (!networks.has(id)) errors.push({ path: `networkIds.${i}`, code: 'network_unknown' });
    });
  }
  const addresses: TResolvedAddress[] = [];
  input.addresses.forEach((a, i) => {
    const r = resolveAddress(a, `addresses.${i}`);
    if (r.error) errors.push(r.error);
    if (r.address) addresses.push(r.address);
  });
  if (errors.length) {
    throw new AppError('validation.failed', 'Some fields are invalid.', { fields: errors });
  }
  return {
    addresses,
    departementCode: input.departementCode || addresses[0]?.departementCode || null,
  };
}

/** Everything about an organisation, as shown on its page. */
export async function loadOrganisationDetail(ex: Executor, org: TOrganisationRow) {
  const [addresses, networks] = await Promise.all([
    listAddresses(ex, org.id),
    listNetworksOf(ex, [org.id]),
  ]);
  return { ...org, addresses, networks: networks.map(({ id, name }) => ({ id, name })) };
}

/** Creates an organisation (coordinators and admins), audited. */
export async function createOrganisation(ctx: ServiceContext, input: TOrganisationInputParsed) {
  return ctx.db.transaction(async (tx) => {
    const { addresses, departementCode } = await validate(tx, input);
    const org = await insertOrganisation(tx, {
      kind: input.kind,
      name: input.name,
      legalId: input.legalId ?? null,
      structureType: input.kind === 'structure' ? (input.structureType ?? null) : null,
      email: input.email || null,
      phone: input.phone || null,
      departementCode,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await replaceAddresses(tx, org.id, addresses);
    await replaceNetworks(tx, org.id, input.networkIds);
    const detail = await loadOrganisationDetail(tx, org);
    await recordAudit(tx, ctx, {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: org.id,
      after: detail,
    });
    return detail;
  });
}

/** Edits an organisation; its kind cannot change. Before and after go to the audit trail. */
export async function updateOrganisationDetails(
  ctx: ServiceContext,
  id: string,
  input: TOrganisationInputParsed,
) {
  return ctx.db.transaction(async (tx) => {
    const existing = await findOrganisation(tx, id);
    if (!existing) throw new AppError('not_found', 'Unknown organisation.');
    if (existing.kind !== input.kind) {
      throw new AppError('validation.failed', 'The kind of an organisation cannot change.', {
        fields: [{ path: 'kind', code: 'kind_immutable' }],
      });
    }
    const before = await loadOrganisationDetail(tx, existing);
    const { addresses, departementCode } = await validate(tx, input);
    const org = await updateOrganisation(tx, id, {
      name: input.name,
      legalId: input.legalId ?? null,
      structureType: input.kind === 'structure' ? (input.structureType ?? null) : null,
      email: input.email || null,
      phone: input.phone || null,
      departementCode,
      updatedAt: ctx.now(),
    });
    await replaceAddresses(tx, id, addresses);
    await replaceNetworks(tx, id, input.networkIds);
    const after = await loadOrganisationDetail(tx, org!);
    await recordAudit(tx, ctx, {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Deactivates or reactivates an organisation (history is kept, nothing is deleted). */
export async function setOrganisationActive(ctx: ServiceContext, id: string, isActive: boolean) {
  return ctx.db.transaction(async (tx) => {
    const existing = await findOrganisation(tx, id);
    if (!existing) throw new AppError('not_found', 'Unknown organisation.');
    const org = await updateOrganisation(tx, id, { isActive, updatedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: isActive ? 'organisation.activate' : 'organisation.deactivate',
      entityType: 'organisation',
      entityId: id,
      before: { isActive: existing.isActive },
      after: { isActive },
    });
    return org!;
  });
}
