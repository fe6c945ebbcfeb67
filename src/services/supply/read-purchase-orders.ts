import {
  listOrderAllocations,
  listOrderLines,
  listReceptions,
  listReturns,
  receivedByLine,
  searchOrders,
} from '../../db/repositories/purchase-orders-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { allowedPurchaseEvents } from '../../domain/supply/purchase-lifecycle';
import { ZPurchaseQuery } from '../../shared/schemas/purchases';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { loadOrder } from './save-purchase-order';

/** Purchase orders, newest first. */
export async function listPurchaseOrders(ctx: ServiceContext, raw: unknown) {
  const q = parseInput(ZPurchaseQuery, raw ?? {});
  const { rows, total } = await searchOrders(ctx.db, q);
  return {
    total,
    items: rows.map(({ order, supplierName }) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      supplier: { id: order.supplierId, name: supplierName },
      netCents: order.netCents,
      vatCents: order.vatCents,
      grossCents: order.grossCents,
      expectedDeliveryOn: order.expectedDeliveryOn,
      createdAt: order.createdAt,
    })),
  };
}

/** One order: lines with received counts, grant allocations, deliveries and returns. */
export async function getPurchaseOrder(ctx: ServiceContext, id: string) {
  const order = await loadOrder(ctx.db, id);
  const [supplier, lines, allocations, receptions, returns] = await Promise.all([
    findOrganisation(ctx.db, order.supplierId),
    listOrderLines(ctx.db, id),
    listOrderAllocations(ctx.db, id),
    listReceptions(ctx.db, id),
    listReturns(ctx.db, id),
  ]);
  const received = await receivedByLine(
    ctx.db,
    lines.map((l) => l.id),
  );
  return {
    ...order,
    supplier: { id: order.supplierId, name: supplier?.name ?? '' },
    allowedEvents: allowedPurchaseEvents(order.status),
    lines: lines.map((l) => ({ ...l, received: received.get(l.id) ?? 0 })),
    grants: allocations,
    receptions,
    returns: returns.map((r) => ({
      id: r.id,
      receptionId: r.receptionId,
      lineId: r.lineId,
      serial: r.serial,
      reason: r.reason,
      note: r.note,
      shortfalls: r.shortfalls,
      createdAt: r.createdAt,
    })),
  };
}
