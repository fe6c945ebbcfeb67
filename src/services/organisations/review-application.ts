import { AppError } from '../../shared/app-error';
import {
  findApplication,
  findApplicationByToken,
  updateApplication,
  type TApplicationRow,
} from '../../db/repositories/applications-repo';
import { updateOrganisation } from '../../db/repositories/organisations-repo';
import type { TApplicationResubmit } from '../../shared/schemas/structure-applications';
import type { Executor } from '../../db/connect';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { inviteUser } from '../accounts/invite-user';
import { hashSecret, newSecret } from '../accounts/tokens';
import { requireActor, throwIfFieldErrors } from '../needs/scope';
import { applicationColumns, validateApplication } from './application-validation';
import { createOrganisation } from './save-organisation';
import { presentApplication } from './read-applications';

/** An information link is valid this long. */
export const APPLICATION_LINK_TTL_MS = 30 * 24 * 3_600_000;

async function loadPending(ex: Executor, id: string): Promise<TApplicationRow> {
  const row = await findApplication(ex, id);
  if (!row) throw new AppError('not_found', 'Unknown application.');
  if (row.status !== 'submitted' && row.status !== 'needs_information') {
    throw new AppError('application.invalid_state', `This application is already ${row.status}.`, {
      from: row.status,
    });
  }
  return row;
}

/**
 * Approves an application: creates the structure (address, networks, public served, details
 * confirmed today), invites every referent contact as a user with the role referent, and tells
 * the applicant. All in one transaction.
 */
export async function approveApplication(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const app = await loadPending(tx, id);
    const inner = { ...ctx, db: tx };
    const structure = await createOrganisation(inner, {
      kind: 'structure',
      name: app.name,
      legalId: app.legalId ?? undefined,
      structureType: app.structureType,
      email: app.email ?? undefined,
      phone: app.phone ?? undefined,
      networkIds: app.networkIds,
      addresses: [
        {
          label: 'Siège',
          line1: app.address.line1,
          line2: app.address.line2 ?? undefined,
          postalCode: app.address.postalCode,
          communeCode: app.address.communeCode,
          isDelivery: true,
        },
      ],
    });
    const now = ctx.now();
    await updateOrganisation(tx, structure.id, {
      publicServed: app.publicServed,
      expectedBeneficiaries: app.expectedBeneficiaries,
      detailsConfirmedAt: now,
    });
    for (const c of app.contacts) {
      await inviteUser(inner, {
        email: c.email,
        displayName: c.name,
        organisationId: structure.id,
        role: 'referent',
        locale: app.locale,
      });
    }
    const row = await updateApplication(tx, id, {
      status: 'approved',
      structureId: structure.id,
      reviewedByUserId: actor.userId,
      reviewedAt: now,
      editTokenHash: null,
      editTokenExpiresAt: null,
      updatedAt: now,
    });
    await sendMail(tx, ctx, app.contacts[0]!.email, app.locale, {
      kind: 'application_approved',
      structureName: app.name,
      loginLink: `${ctx.config.publicUrl}/login`,
    });
    await recordAudit(tx, ctx, {
      action: 'application.approve',
      entityType: 'structure_application',
      entityId: id,
      before: { status: app.status },
      after: { status: 'approved', structureId: structure.id },
    });
    return { application: presentApplication(row!, new Map()), structureId: structure.id };
  });
}

/** Asks the applicant for more information: a mail with a one-time link to edit and resubmit. */
export async function requestApplicationInformation(
  ctx: ServiceContext,
  id: string,
  message: string,
) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const app = await loadPending(tx, id);
    const token = newSecret();
    const now = ctx.now();
    const row = await updateApplication(tx, id, {
      status: 'needs_information',
      coordinatorMessage: message,
      editTokenHash: hashSecret(token),
      editTokenExpiresAt: new Date(now.getTime() + APPLICATION_LINK_TTL_MS),
      reviewedByUserId: actor.userId,
      reviewedAt: now,
      updatedAt: now,
    });
    await sendMail(tx, ctx, app.contacts[0]!.email, app.locale, {
      kind: 'application_needs_information',
      structureName: app.name,
      message,
      link: `${ctx.config.publicUrl}/apply/complete?token=${token}`,
    });
    await recordAudit(tx, ctx, {
      action: 'application.request_information',
      entityType: 'structure_application',
      entityId: id,
      before: { status: app.status },
      after: { status: 'needs_information', message },
    });
    return presentApplication(row!, new Map());
  });
}

/** Rejects an application with a reason the applicant receives. */
export async function rejectApplication(ctx: ServiceContext, id: string, reason: string) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const app = await loadPending(tx, id);
    const now = ctx.now();
    const row = await updateApplication(tx, id, {
      status: 'rejected',
      rejectionReason: reason,
      editTokenHash: null,
      editTokenExpiresAt: null,
      reviewedByUserId: actor.userId,
      reviewedAt: now,
      updatedAt: now,
    });
    await sendMail(tx, ctx, app.contacts[0]!.email, app.locale, {
      kind: 'application_rejected',
      structureName: app.name,
      reason,
    });
    await recordAudit(tx, ctx, {
      action: 'application.reject',
      entityType: 'structure_application',
      entityId: id,
      before: { status: app.status },
      after: { status: 'rejected', reason },
    });
    return presentApplication(row!, new Map());
  });
}

/** The application a one-time link opens, with the coordinator's question (public). */
export async function getApplicationByToken(ctx: ServiceContext, token: string) {
  const row = await findApplicationByToken(ctx.db, hashSecret(token), ctx.now());
  if (!row)
    throw new AppError(
      'application.token_invalid',
      'This link is invalid, expired or already used.',
    );
  const { editTokenHash: _h, reviewedByUserId: _r, ...rest } = row;
  return rest;
}

/** The applicant completes and resubmits through the link, which then stops working. */
export async function resubmitApplication(ctx: ServiceContext, input: TApplicationResubmit) {
  return ctx.db.transaction(async (tx) => {
    const app = await findApplicationByToken(tx, hashSecret(input.token), ctx.now());
    if (!app)
      throw new AppError(
        'application.token_invalid',
        'This link is invalid, expired or already used.',
      );
    const { errors, address } = await validateApplication(tx, input);
    throwIfFieldErrors(errors);
    const now = ctx.now();
    await updateApplication(tx, app.id, {
      ...applicationColumns(input, address!),
      status: 'submitted',
      editTokenHash: null,
      editTokenExpiresAt: null,
      updatedAt: now,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: null },
      {
        action: 'application.resubmit',
        entityType: 'structure_application',
        entityId: app.id,
        before: { status: app.status },
        after: { status: 'submitted' },
      },
    );
    return { id: app.id, status: 'submitted' as const };
  });
}
