import type { Tx } from '../../db/connect';
import { updateDevice, type TDeviceRow } from '../../db/repositories/devices-repo';
import type { devices } from '../../db/schema';
import { keyString } from '../../domain/stock/projection';
import type { TStockEventType } from '../../shared/inventory';
import type { ServiceContext } from '../context';
import { appendDeviceEvents, deviceKey, type TEventContext } from '../stock/ledger';

/**
 * Updates a device row and, when its stock key (location, kind, tier, grade, earmark, state)
 * changes, appends a ledger event in the same transaction so stock follows. `always` records
 * an event even when the key is unchanged (a move between shelves, for instance).
 */
export async function saveDeviceChange(
  tx: Tx,
  ctx: ServiceContext,
  previous: TDeviceRow,
  patch: Partial<typeof devices.$inferInsert>,
  event: TEventContext & { type: TStockEventType; always?: boolean },
): Promise<{ device: TDeviceRow; eventId: number | null }> {
  const device = await updateDevice(tx, previous.id, { ...patch, updatedAt: ctx.now() });
  const { always, ...rest } = event;
  if (!always && keyString(deviceKey(previous)) === keyString(deviceKey(device))) {
    return { device, eventId: null };
  }
  const [eventId] = await appendDeviceEvents(tx, ctx, [{ ...rest, previous, device }]);
  return { device, eventId: eventId! };
}
