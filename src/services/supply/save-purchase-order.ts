import { takeNextNumber } from '../../db/repositories/document-counters-repo';
import {
  findOrder,
  insertOrder,
  replaceOrderContent,
  updateOrder,
} from '../../db/repositories/purchase-orders-repo';
import { parisYear } from '../../domain/supply/dates';
import {
  isPurchaseEditable,
  transitionPurchase,
  type TPurchaseEvent,
} from '../../domain/supply/purchase-lifecycle';
import { AppError } from '../../shared/app-error';
import {
  ZCancelOrder,
  ZCloseOrder,
  ZPurchaseOrderInput,
  type TPurchaseOrderInput,
} from '../../shared/schemas/purchases';
import type { TPurchaseStatus } from '../../shared/supply-enums';
import type { Executor } from '../../db/connect';
import type { TOrderRow } from '../../db/repositories/purchase-orders-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { prepareOrder } from './purchase-input';

/** "ACH-2026-000012". */
export function orderNumber(year: number, sequence: number): string {
  return `ACH-${year}-${String(sequence).padStart(6, '0')}`;
}

/** An order the bank may act on, or 404. */
export async function loadOrder(
  ex: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TOrderRow> {
  const order = await findOrder(ex, id, options);
  if (!order) throw new AppError('not_found', 'Unknown purchase order.', { orderId: id });
  return order;
}

/** Refuses an event the order lifecycle does not allow. */
export function assertOrderTransition(order: TOrderRow, event: TPurchaseEvent): TPurchaseStatus {
  const t = transitionPurchase(order.status, event);
  if (!t.ok) {
    throw new AppError(
      'purchase.invalid_state',
      `An order that is ${order.status} cannot take "${event}".`,
      {
        from: order.status,
        event,
      },
    );
  }
  return t.status;
}

/** Creates a draft order: lines with totals, optional grant allocations. */
export async function createPurchaseOrder(ctx: ServiceContext, raw: TPurchaseOrderInput) {
  const input = parseInput(ZPurchaseOrderInput, raw);
  return ctx.db.transaction(async (tx) => {
    const { lines, totals, allocations } = await prepareOrder(tx, input);
    const now = ctx.now();
    const year = parisYear(now);
    const order = await insertOrder(tx, {
      number: orderNumber(year, await takeNextNumber(tx, 'purchase_order', year)),
      supplierId: input.supplierId,
      supplierReference: input.supplierReference ?? null,
      status: 'draft',
      expectedDeliveryOn: input.expectedDeliveryOn ?? null,
      notes: input.notes ?? null,
      ...totals,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceOrderContent(tx, order.id, lines, allocations);
    await recordAudit(tx, ctx, {
      action: 'purchase.create',
      entityType: 'purchase_order',
      entityId: order.id,
      after: { number: order.number, ...totals, lines: lines.length, grants: allocations },
    });
    return order;
  });
}

/** Edits a draft order (a confirmed order is never edited: cancel it or close it). */
export async function updatePurchaseOrder(
  ctx: ServiceContext,
  id: string,
  raw: TPurchaseOrderInput,
) {
  const input = parseInput(ZPurchaseOrderInput, raw);
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrder(tx, id, { lock: true });
    if (!isPurchaseEditable(order.status)) {
      throw new AppError('purchase.invalid_state', 'Only a draft order can be edited.', {
        from: order.status,
        event: 'edit',
      });
    }
    const { lines, totals, allocations } = await prepareOrder(tx, input);
    const updated = await updateOrder(tx, id, {
      supplierId: input.supplierId,
      supplierReference: input.supplierReference ?? null,
      expectedDeliveryOn: input.expectedDeliveryOn ?? null,
      notes: input.notes ?? null,
      ...totals,
      updatedAt: ctx.now(),
    });
    await replaceOrderContent(tx, id, lines, allocations);
    await recordAudit(tx, ctx, {
      action: 'purchase.update',
      entityType: 'purchase_order',
      entityId: id,
      before: { grossCents: order.grossCents },
      after: { ...totals, lines: lines.length, grants: allocations },
    });
    return updated;
  });
}

/**
 * Closes an order: received in full, or short (the supplier will not deliver the rest), which
 * releases what was still committed on its grants.
 */
export async function closePurchaseOrder(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZCloseOrder, raw ?? {});
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrder(tx, id, { lock: true });
    const status = assertOrderTransition(order, 'close');
    const updated = await updateOrder(tx, id, {
      status,
      statusReason: input.reason ?? null,
      closedAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'purchase.close',
      entityType: 'purchase_order',
      entityId: id,
      before: { status: order.status },
      after: { status, reason: input.reason ?? null },
    });
    return updated;
  });
}

/** Cancels an order before anything was received (its commitments disappear). */
export async function cancelPurchaseOrder(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZCancelOrder, raw);
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrder(tx, id, { lock: true });
    const status = assertOrderTransition(order, 'cancel');
    const updated = await updateOrder(tx, id, {
      status,
      statusReason: input.reason,
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'purchase.cancel',
      entityType: 'purchase_order',
      entityId: id,
      before: { status: order.status },
      after: { status, reason: input.reason },
    });
    return updated;
  });
}
