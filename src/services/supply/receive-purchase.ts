import type { Tx } from '../../db/connect';
import { insertCharges } from '../../db/repositories/grants-repo';
import {
  chargedForOrder,
  insertReception,
  insertReturns,
  listOrderAllocations,
  listOrderLines,
  receivedByLine,
  updateOrder,
} from '../../db/repositories/purchase-orders-repo';
import { findTier } from '../../db/repositories/spec-tiers-repo';
import { qualify, type TTierShortfall } from '../../domain/device/qualify';
import { splitAgainstRemaining } from '../../domain/money/split';
import { cumulativeLineValue } from '../../domain/money/vat';
import { parisDate } from '../../domain/supply/dates';
import { AppError } from '../../shared/app-error';
import { ZReceiveDevicesInput } from '../../shared/schemas/devices';
import {
  ZPurchaseReceptionInput,
  type TPurchaseReceptionInput,
  type TPurchaseReceptionParsed,
} from '../../shared/schemas/purchases';
import type { TReturnReason } from '../../shared/supply-enums';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import type { TFieldError } from '../geo/resolve-address';
import { parseInput, pgErrorCode, throwIfFieldErrors } from '../inventory/parse-input';
import { loadLocationFor } from '../inventory/access';
import { toSpecTier } from '../inventory/qualify-device';
import { receiveInTx } from '../inventory/receive-devices';
import { assertOrderTransition, loadOrder } from './save-purchase-order';

type TUnit = TPurchaseReceptionParsed['units'][number];

/**
 * Receives a delivery against a confirmed order (partial deliveries welcome). Each unit is
 * checked against its line's spec tier with the inventory's `qualify`; conforming units are
 * stocked through `receiveDevices` (origin `purchase_line`, the paying funder, and the
 * grants' earmark), the others are recorded as returns with their reason and never stocked.
 * The value of the stocked units is charged to the order's grants in proportion to what is
 * still to charge to each (largest remainder), so the last delivery charges exactly the
 * allocation. All of it in one transaction.
 */
export async function receivePurchase(
  ctx: ServiceContext,
  orderId: string,
  raw: TPurchaseReceptionInput,
) {
  const input = parseInput(ZPurchaseReceptionInput, raw);
  try {
    return await ctx.db.transaction((tx) => receiveInOrder(tx, ctx, orderId, input));
  } catch (error) {
    if (pgErrorCode(error) === '23505') {
      throw new AppError(
        'conflict',
        'An asset tag or serial was recorded at the same moment; try again.',
      );
    }
    throw error;
  }
}

async function receiveInOrder(
  tx: Tx,
  ctx: ServiceContext,
  orderId: string,
  input: TPurchaseReceptionParsed,
) {
  const order = await loadOrder(tx, orderId, { lock: true });
  assertOrderTransition(order, 'receive_part');
  await loadLocationFor(ctx, tx, input.locationId, 'device.receive');
  const lines = await listOrderLines(tx, order.id);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const before = await receivedByLine(
    tx,
    lines.map((l) => l.id),
  );
  const tiers = new Map(
    await Promise.all(
      lines.map(async (l) => [l.id, toSpecTier((await findTier(tx, l.specTierId))!)] as const),
    ),
  );
  const errors: TFieldError[] = [];
  const accepted = new Map<string, TUnit[]>();
  const returns: {
    unit: TUnit;
    index: number;
    reason: TReturnReason;
    shortfalls: TTierShortfall[] | null;
  }[] = [];
  input.units.forEach((unit, index) => {
    const line = byId.get(unit.lineId);
    if (!line) return errors.push({ path: `units.${index}.lineId`, code: 'line_unknown' });
    if (unit.rejectReason)
      return returns.push({ unit, index, reason: unit.rejectReason, shortfalls: null });
    const q = qualify(
      {
        kind: line.kind,
        ramMb: unit.ramMb ?? null,
        storageGb: unit.storageGb ?? null,
        storageType: unit.storageType ?? unit.drives[0]?.type ?? null,
        batteryHealthPct: unit.batteryHealthPct ?? null,
        screenInches: unit.screenInches ?? null,
      },
      [tiers.get(line.id)!],
    );
    if (!q.tier)
      return returns.push({ unit, index, reason: 'tier_not_met', shortfalls: q.reasonsForNext });
    const taken = (before.get(line.id) ?? 0) + (accepted.get(line.id)?.length ?? 0);
    if (taken >= line.quantity)
      return returns.push({ unit, index, reason: 'over_quantity', shortfalls: null });
    accepted.set(line.id, [...(accepted.get(line.id) ?? []), unit]);
  });
  throwIfFieldErrors(errors, 'Some units name no line of this order; nothing was recorded.');

  let amountCents = 0;
  for (const [lineId, units] of accepted) {
    const line = byId.get(lineId)!;
    const k = before.get(lineId) ?? 0;
    amountCents +=
      cumulativeLineValue(line.grossCents, line.quantity, k + units.length) -
      cumulativeLineValue(line.grossCents, line.quantity, k);
  }
  const now = ctx.now();
  const unitsReceived = [...accepted.values()].reduce((s, u) => s + u.length, 0);
  const reception = await insertReception(tx, {
    orderId: order.id,
    locationId: input.locationId,
    deliveryNoteRef: input.deliveryNoteRef ?? null,
    unitsReceived,
    unitsReturned: returns.length,
    amountCents,
    receivedAt: now,
    receivedBy: ctx.actor?.userId ?? null,
  });

  const devices = [];
  for (const [lineId, units] of accepted) {
    const result = await receiveInTx(
      tx,
      ctx,
      parseInput(ZReceiveDevicesInput, {
        locationId: input.locationId,
        originType: 'purchase_line',
        originId: lineId,
        funderOrganisationId: order.funderOrganisationId,
        earmark: order.earmarkNetworkId,
        devices: units.map(({ lineId: _l, rejectReason: _r, rejectNote: _n, ...d }) => ({
          ...d,
          kind: byId.get(lineId)!.kind,
        })),
      }),
    );
    devices.push(...result.devices.map((d) => ({ ...d, lineId })));
  }
  await insertReturns(
    tx,
    returns.map((r) => ({
      receptionId: reception.id,
      orderId: order.id,
      lineId: r.unit.lineId,
      serial: r.unit.serial?.toUpperCase() ?? null,
      specs: { ...r.unit, index: r.index },
      reason: r.reason,
      note: r.unit.rejectNote ?? null,
      shortfalls: r.shortfalls,
      createdAt: now,
    })),
  );

  const charges = await chargeReception(
    tx,
    ctx,
    order.id,
    order.number,
    reception.id,
    amountCents,
    unitsReceived,
  );
  const after = await receivedByLine(
    tx,
    lines.map((l) => l.id),
  );
  const complete = lines.every((l) => (after.get(l.id) ?? 0) >= l.quantity);
  const status = unitsReceived
    ? assertOrderTransition(order, complete ? 'receive_all' : 'receive_part')
    : order.status;
  if (status !== order.status) await updateOrder(tx, order.id, { status, updatedAt: now });
  await recordAudit(tx, ctx, {
    action: 'purchase.receive',
    entityType: 'purchase_order',
    entityId: order.id,
    before: { status: order.status },
    after: {
      status,
      receptionId: reception.id,
      unitsReceived,
      unitsReturned: returns.length,
      amountCents,
      charges,
    },
  });
  return {
    receptionId: reception.id,
    status,
    amountCents,
    charges,
    received: devices,
    returned: returns.map((r) => ({
      index: r.index,
      lineId: r.unit.lineId,
      serial: r.unit.serial ?? null,
      reason: r.reason,
      shortfalls: r.shortfalls,
    })),
    lines: lines.map((l) => ({ id: l.id, quantity: l.quantity, received: after.get(l.id) ?? 0 })),
  };
}

/** Charges a reception's value to the order's grants, in proportion to what each still owes. */
async function chargeReception(
  tx: Tx,
  ctx: ServiceContext,
  orderId: string,
  orderNumber: string,
  receptionId: string,
  amountCents: number,
  units: number,
) {
  if (amountCents === 0) return [];
  const [allocations, charged] = await Promise.all([
    listOrderAllocations(tx, orderId),
    chargedForOrder(tx, orderId),
  ]);
  const parts = splitAgainstRemaining(
    amountCents,
    allocations.map((a) => a.amountCents - (charged.get(a.grantId) ?? 0)),
  );
  const rows = allocations
    .map((a, i) => ({ grantId: a.grantId, amountCents: parts[i]! }))
    .filter((c) => c.amountCents !== 0);
  await insertCharges(
    tx,
    rows.map((c) => ({
      ...c,
      category: 'purchase' as const,
      linkedType: 'purchase_reception',
      linkedId: receptionId,
      chargedOn: parisDate(ctx.now()),
      description: `Réception ${orderNumber} : ${units} appareil${units > 1 ? 's' : ''}`,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    })),
  );
  return rows;
}
