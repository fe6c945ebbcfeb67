import { AppError } from '../../shared/app-error';
import type { TRequestParsed } from '../../shared/schemas/requests';
import { isEditable } from '../../domain/needs/request-lifecycle';
import {
  findRequest,
  insertRequest,
  insertRequestEvent,
  replaceLines,
  updateRequestRow,
} from '../../db/repositories/requests-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadRequestDetail } from './request-detail';
import { resolveRequestInput } from './request-input';
import {
  assertOwns,
  requireActor,
  resolveStructure,
  throwIfFieldErrors,
  todayInFrance,
} from './scope';

/**
 * Writes a draft request for a structure: every field is checked (campaign open, network,
 * address of the structure, dates not in the past, kinds offered, the structure's own
 * beneficiaries) and the draft is stored with its lines; submission is a separate step.
 */
export async function createRequest(ctx: ServiceContext, input: TRequestParsed) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const structure = await resolveStructure(ctx, tx, 'request.write', input.structureId, {
      forWrite: true,
    });
    const { errors, resolved } = await resolveRequestInput(
      tx,
      structure,
      input,
      todayInFrance(ctx.now()),
    );
    throwIfFieldErrors(errors);
    const r = resolved!;
    const now = ctx.now();
    const row = await insertRequest(tx, {
      structureId: structure.id,
      campaignId: r.campaign.id,
      networkId: r.networkId,
      status: 'draft',
      urgency: input.urgency,
      urgencyReason: input.urgencyReason,
      urgencyText: input.urgencyText,
      deliveryAddressId: r.deliveryAddressId,
      delivery: r.delivery,
      deliveryDepartementCode: r.delivery.departementCode,
      deliveryLat: r.lat,
      deliveryLon: r.lon,
      preferredFrom: input.preferredFrom,
      preferredTo: input.preferredTo,
      comment: input.comment,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await replaceLines(tx, row.id, r.lines);
    await insertRequestEvent(tx, {
      requestId: row.id,
      at: now,
      actorUserId: actor.userId,
      kind: 'created',
      toStatus: 'draft',
    });
    const detail = await loadRequestDetail(tx, row, ctx.actor);
    await recordAudit(tx, ctx, {
      action: 'request.create',
      entityType: 'request',
      entityId: row.id,
      after: detail,
    });
    return detail;
  });
}

/** Edits a request while it is a draft or waiting for information; the structure cannot change. */
export async function updateRequest(ctx: ServiceContext, id: string, input: TRequestParsed) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const existing = await findRequest(tx, id, true);
    if (!existing) throw new AppError('not_found', 'Unknown request.');
    assertOwns(ctx, 'request.write', existing.structureId, 'request');
    if (input.structureId && input.structureId !== existing.structureId) {
      throw new AppError('validation.failed', 'A request stays with its structure.', {
        fields: [{ path: 'structureId', code: 'structure_immutable' }],
      });
    }
    if (!isEditable(existing.status)) {
      throw new AppError(
        'request.invalid_state',
        `A ${existing.status} request cannot be edited.`,
        {
          from: existing.status,
          event: 'edit',
        },
      );
    }
    const structure = await resolveStructure(ctx, tx, 'request.write', existing.structureId, {
      forWrite: true,
    });
    const before = await loadRequestDetail(tx, existing, ctx.actor);
    const { errors, resolved } = await resolveRequestInput(
      tx,
      structure,
      input,
      todayInFrance(ctx.now()),
    );
    throwIfFieldErrors(errors);
    const r = resolved!;
    const now = ctx.now();
    const row = await updateRequestRow(tx, id, {
      campaignId: r.campaign.id,
      networkId: r.networkId,
      urgency: input.urgency,
      urgencyReason: input.urgencyReason,
      urgencyText: input.urgencyText,
      deliveryAddressId: r.deliveryAddressId,
      delivery: r.delivery,
      deliveryDepartementCode: r.delivery.departementCode,
      deliveryLat: r.lat,
      deliveryLon: r.lon,
      preferredFrom: input.preferredFrom,
      preferredTo: input.preferredTo,
      comment: input.comment,
      updatedAt: now,
    });
    await replaceLines(tx, id, r.lines);
    await insertRequestEvent(tx, {
      requestId: id,
      at: now,
      actorUserId: actor.userId,
      kind: 'edited',
    });
    const after = await loadRequestDetail(tx, row, ctx.actor);
    await recordAudit(tx, ctx, {
      action: 'request.update',
      entityType: 'request',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
