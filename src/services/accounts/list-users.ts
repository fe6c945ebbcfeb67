import { listUsers as listUsersRepo } from '../../db/repositories/users-repo';
import type { ServiceContext } from '../context';

/** Users with their memberships, for the admin page. */
export function listUsers(ctx: ServiceContext, search: string | undefined) {
  return listUsersRepo(ctx.db, { search, limit: 200 });
}
