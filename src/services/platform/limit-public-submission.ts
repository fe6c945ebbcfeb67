import { AppError } from '../../shared/app-error';
import {
  countSubmissions,
  lockSubmissionKey,
  recordSubmission,
} from '../../db/repositories/rate-limits-repo';
import type { ServiceContext } from '../context';

/** The public forms, each with its own allowance. */
export type TPublicForm = 'structure.apply' | 'donation.declare_public';

/**
 * Counts one submission of a public form from a client address, or refuses it (429,
 * `form.rate_limited`) when the address already sent `publicFormMaxPerWindow` in the window.
 * The count is kept in the database so every app instance shares it. Call it before the use
 * case: a refused submission writes nothing.
 */
export async function limitPublicSubmission(
  ctx: ServiceContext,
  form: TPublicForm,
  ip: string,
): Promise<void> {
  const now = ctx.now();
  const windowMinutes = ctx.config.publicFormWindowMinutes;
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  await ctx.db.transaction(async (tx) => {
    await lockSubmissionKey(tx, form, ip);
    const sent = await countSubmissions(tx, form, ip, since);
    if (sent >= ctx.config.publicFormMaxPerWindow) {
      throw new AppError('form.rate_limited', 'Too many submissions of this form; try later.', {
        retryAfterMinutes: windowMinutes,
      });
    }
    await recordSubmission(tx, { action: form, ip, at: now }, since);
  });
}
