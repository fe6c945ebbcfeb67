import { searchDevices } from '../../db/repositories/devices-repo';
import type { TDeviceQuery } from '../../shared/schemas/devices';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from './access';

/** Lists devices with filters; workshop operators see only their own organisation's. */
export async function listDevices(ctx: ServiceContext, q: TDeviceQuery) {
  const { rows, total } = await searchDevices(ctx.db, {
    ...q,
    states: q.state,
    organisationId: ownOrganisationFilter(ctx, 'device.read'),
  });
  return {
    total,
    items: rows.map(({ ownerOrganisationId: _o, ...d }) => d),
  };
}
