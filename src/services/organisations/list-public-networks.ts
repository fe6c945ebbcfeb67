import { listAllNetworks } from '../../db/repositories/organisations-bulk-repo';
import type { ServiceContext } from '../context';

/** Active networks (id and name), for the public application form. */
export async function listPublicNetworks(ctx: ServiceContext) {
  const rows = await listAllNetworks(ctx.db);
  return {
    items: rows
      .filter((r) => r.isActive)
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}
