import { AppError } from '../../shared/app-error';
import type { TLocale, TRole } from '../../shared/enums';
import {
  findUserByEmailWithHash,
  insertUser,
  upsertMembership,
} from '../../db/repositories/users-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { assertPasswordAcceptable, hashPassword } from './passwords';

/** Input of `createUser` (CLI `passerelle user create`, demo seed). */
export interface TCreateUserInput {
  email: string;
  displayName: string;
  password: string;
  locale?: TLocale;
  organisationId: string;
  role: TRole;
}

/** Creates a user with a password and one membership; refuses an e-mail already in use. */
export async function createUser(
  ctx: ServiceContext,
  input: TCreateUserInput,
): Promise<{ userId: string; membershipId: string }> {
  const email = input.email.trim().toLowerCase();
  assertPasswordAcceptable(input.password, email);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await findUserByEmailWithHash(tx, email)) {
      throw new AppError('conflict.email_taken', `A user with e-mail ${email} already exists.`, {
        fields: [{ path: 'email', code: 'email_taken' }],
      });
    }
    const organisation = await findOrganisation(tx, input.organisationId);
    if (!organisation) throw new AppError('not_found', 'Unknown organisation.');
    const user = await insertUser(tx, {
      email,
      displayName: input.displayName,
      passwordHash,
      locale: input.locale ?? 'fr',
    });
    const membershipId = await upsertMembership(tx, {
      userId: user.id,
      organisationId: organisation.id,
      role: input.role,
    });
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email, organisationId: organisation.id, role: input.role },
    });
    return { userId: user.id, membershipId };
  });
}
