import { AppError } from '../../shared/app-error';
import {
  countOrganisationsByKind,
  findOrganisation,
} from '../../db/repositories/organisations-repo';
import type { ServiceContext } from '../context';

/**
 * What the home page of the active role shows. Bank staff see the size of the network they
 * run; every other role sees its own organisation.
 */
export async function getHome(ctx: ServiceContext) {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  const { role, organisationId } = ctx.actor;
  const organisation = organisationId ? await findOrganisation(ctx.db, organisationId) : undefined;
  const counts =
    role === 'admin' || role === 'coordinator'
      ? Object.fromEntries((await countOrganisationsByKind(ctx.db)).map((r) => [r.kind, r.n]))
      : null;
  return {
    role,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, kind: organisation.kind }
      : null,
    counts,
  };
}
