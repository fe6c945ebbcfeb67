import { AppError } from '../../shared/app-error';
import type { Executor } from '../../db/connect';
import { transitionRequest, type TRequestEvent } from '../../domain/needs/request-lifecycle';
import {
  insertRequestEvent,
  updateRequestRow,
  type TRequestRow,
} from '../../db/repositories/requests-repo';
import { listReferents, findNetworkCoordinatorContact } from '../../db/repositories/referents-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { requestReference } from './request-detail';

/** Refuses an event the lifecycle table does not allow from the request's state. */
export function assertTransition(request: TRequestRow, event: TRequestEvent) {
  const t = transitionRequest(request.status, event);
  if (!t.ok) {
    throw new AppError(
      'request.invalid_state',
      `A request that is ${request.status} cannot take the action "${event}".`,
      { from: request.status, event },
    );
  }
  return t.status;
}

/**
 * Moves a request to its next state through the lifecycle table, in the caller's transaction:
 * the row, a line of human history, the audit trail, and the mails (the structure's referents
 * are told of every change; the network's coordinator contact of each submission).
 */
export async function applyTransition(
  tx: Executor,
  ctx: ServiceContext,
  request: TRequestRow,
  event: TRequestEvent,
  options: {
    message?: string | null;
    patch?: Partial<Parameters<typeof updateRequestRow>[2]>;
    data?: Record<string, unknown>;
    mailLines?: { kind: string; asked: number; approved: number; reason: string | null }[];
  } = {},
): Promise<TRequestRow> {
  const to = assertTransition(request, event);
  const now = ctx.now();
  const updated = await updateRequestRow(tx, request.id, {
    status: to,
    updatedAt: now,
    ...options.patch,
  });
  await insertRequestEvent(tx, {
    requestId: request.id,
    at: now,
    actorUserId: ctx.actor?.userId ?? null,
    kind: 'status',
    fromStatus: request.status,
    toStatus: to,
    message: options.message ?? null,
    data: options.data ?? null,
  });
  await recordAudit(tx, ctx, {
    action: `request.${event}`,
    entityType: 'request',
    entityId: request.id,
    before: { status: request.status },
    after: { status: to, message: options.message ?? null, ...options.data },
  });
  await notifyRequestChange(tx, ctx, updated, options.message ?? null, options.mailLines);
  return updated;
}

/** Mails the referents of the request's structure, and on submission the network coordinator. */
export async function notifyRequestChange(
  tx: Executor,
  ctx: ServiceContext,
  request: TRequestRow,
  message: string | null,
  lines?: { kind: string; asked: number; approved: number; reason: string | null }[],
) {
  const structure = await findOrganisation(tx, request.structureId);
  const number = requestReference(request.number);
  for (const r of await listReferents(tx, [request.structureId])) {
    await sendMail(tx, ctx, r.email, r.locale, {
      kind: 'request_update',
      number,
      structureName: structure?.name ?? '',
      status: request.status,
      reason: message,
      lines: lines ?? null,
      link: `${ctx.config.publicUrl}/requests/${request.id}`,
    });
  }
  if (request.status === 'submitted' && request.networkId) {
    const contact = await findNetworkCoordinatorContact(tx, request.networkId);
    if (contact) {
      await sendMail(tx, ctx, contact.email, contact.locale, {
        kind: 'request_submitted',
        number,
        structureName: structure?.name ?? '',
        networkName: contact.networkName,
        link: `${ctx.config.publicUrl}/review/requests/${request.id}`,
      });
    }
  }
}
