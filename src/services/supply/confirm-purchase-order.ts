import type { Executor } from '../../db/connect';
import {
  listOrderAllocations,
  listOrderLines,
  updateOrder,
  type TOrderRow,
} from '../../db/repositories/purchase-orders-repo';
import { parisDate } from '../../domain/supply/dates';
import { checkAllocationSum, previewAllocations } from '../../domain/supply/grant-budget';
import { checkOrderFunding, orderEarmark } from '../../domain/supply/grant-restrictions';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors } from '../inventory/parse-input';
import { loadGrantFigures, toRestrictedGrant } from './grant-figures';
import { assertOrderTransition, loadOrder } from './save-purchase-order';

/** What confirming an order would do to each paying grant, and what stands in the way. */
async function budgetOf(ex: Executor, ctx: ServiceContext, order: TOrderRow, lock: boolean) {
  const [allocations, lines] = await Promise.all([
    listOrderAllocations(ex, order.id),
    listOrderLines(ex, order.id),
  ]);
  const loaded = await loadGrantFigures(
    ex,
    allocations.map((a) => a.grantId),
    { lock },
  );
  const grants = allocations.map((a) => loaded.get(a.grantId)!);
  const problems = [
    ...checkAllocationSum(order.grossCents, allocations),
    ...checkOrderFunding(
      lines.map((l) => l.kind),
      parisDate(ctx.now()),
      grants.map((g) => toRestrictedGrant(g.grant)),
    ),
  ];
  const preview = previewAllocations(
    allocations,
    new Map(grants.map((g) => [g.grant.id, g.figures.leftCents])),
  ).map((p, i) => ({ ...p, grantName: allocations[i]!.grantName }));
  return { allocations, grants, problems, preview };
}

/**
 * The budget shown before confirming: for each grant, what is left before and after, whether
 * it would go negative, and any problem with the allocation or the grants' restrictions.
 */
export async function previewConfirm(ctx: ServiceContext, id: string) {
  const order = await loadOrder(ctx.db, id);
  const { problems, preview } = await budgetOf(ctx.db, ctx, order, false);
  return {
    orderId: order.id,
    number: order.number,
    status: order.status,
    totalCents: order.grossCents,
    grants: preview,
    isExceeded: preview.some((p) => p.isExceeded),
    problems,
    canConfirm: order.status === 'draft' && !problems.length && !preview.some((p) => p.isExceeded),
  };
}

/**
 * Confirms a draft order: allocations must sum exactly to the total, respect the grants'
 * restrictions, and leave no grant negative (`grant_exceeded`). The grants are locked while
 * checking, so two confirmations cannot overspend the same grant. The order then carries the
 * earmark its devices will get at reception.
 */
export async function confirmPurchaseOrder(ctx: ServiceContext, id: string) {
  return ctx.db.transaction(async (tx) => {
    const order = await loadOrder(tx, id, { lock: true });
    const status = assertOrderTransition(order, 'confirm');
    const { grants, problems, preview } = await budgetOf(tx, ctx, order, true);
    throwIfFieldErrors(problems, 'The order cannot be confirmed.');
    const exceeded = preview.filter((p) => p.isExceeded);
    if (exceeded.length) {
      throw new AppError('grant_exceeded', 'A grant would go below zero; nothing was confirmed.', {
        grants: exceeded,
      });
    }
    const funders = new Set(grants.map((g) => g.grant.funderId));
    const updated = await updateOrder(tx, id, {
      status,
      earmarkNetworkId: orderEarmark(grants.map((g) => toRestrictedGrant(g.grant))),
      funderOrganisationId: funders.size === 1 ? [...funders][0]! : null,
      confirmedAt: ctx.now(),
      confirmedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'purchase.confirm',
      entityType: 'purchase_order',
      entityId: id,
      before: { status: order.status },
      after: { status, grants: preview, earmarkNetworkId: updated.earmarkNetworkId },
    });
    return updated;
  });
}
