import { AppError } from '../../shared/app-error';
import type { TLocale } from '../../shared/enums';
import { updateUser } from '../../db/repositories/users-repo';
import type { ServiceContext } from '../context';

/** Remembers the user's interface language (also used for their mails). */
export async function setLocale(ctx: ServiceContext, locale: TLocale): Promise<void> {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  await updateUser(ctx.db, ctx.actor.userId, { locale });
}
