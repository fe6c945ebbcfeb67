import type { TStructureApplicationParsed } from '../../shared/schemas/structure-applications';
import { insertApplication } from '../../db/repositories/applications-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { throwIfFieldErrors } from '../needs/scope';
import { applicationColumns, validateApplication } from './application-validation';

/**
 * A structure applies to join (public form, no login). The application waits for a
 * coordinator; the first contact is told by mail that it was received.
 */
export async function applyStructure(ctx: ServiceContext, input: TStructureApplicationParsed) {
  return ctx.db.transaction(async (tx) => {
    const { errors, address } = await validateApplication(tx, input);
    throwIfFieldErrors(errors);
    const now = ctx.now();
    const row = await insertApplication(tx, {
      ...applicationColumns(input, address!),
      status: 'submitted',
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await sendMail(tx, ctx, input.contacts[0]!.email, input.locale, {
      kind: 'application_received',
      structureName: input.name,
    });
    await recordAudit(tx, ctx, {
      action: 'application.submit',
      entityType: 'structure_application',
      entityId: row.id,
      after: { name: row.name, legalId: row.legalId, contacts: row.contacts.length },
    });
    return { id: row.id, status: row.status };
  });
}
