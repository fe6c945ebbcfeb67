import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { testConfig } from '../../../test/app';
import { runJobs } from '../../../test/needs';
import { buildStructure, buildUser } from '../../../test/factories';
import { jobs, mails, organisations } from '../../db/schema';
import { enqueueJob } from '../../db/repositories/jobs-repo';
import type { ServiceContext } from '../context';
import {
  CONFIRMATION_REMINDERS_JOB,
  remindStructureConfirmations,
} from './remind-structure-confirmations';
import {
  addMonths,
  confirmStructureDetails,
  getStructureConfirmation,
} from './structure-confirmation';
import { updateNeedsSettings } from './needs-settings';

const NOW = new Date('2020-05-04T08:00:00Z');

describe('yearly confirmation of structures', () => {
  const t = useTestDatabase();
  const deps = (now: Date) => ({ db: t.database.db, config: testConfig(), now: () => now });

  async function structureConfirmedOn(date: string, email: string) {
    const s = await buildStructure(t.database.db);
    await t.database.db
      .update(organisations)
      .set({ detailsConfirmedAt: new Date(`${date}T10:00:00Z`) })
      .where(eq(organisations.id, s.id));
    await buildUser(t.database.db, {
      role: 'referent',
      organisationId: s.id,
      email,
      locale: email.startsWith('en') ? 'en' : 'fr',
    });
    return s;
  }

  it('reminds referents once per period: due soon, then overdue', async () => {
    const soon = await structureConfirmedOn('2019-05-20', 'soon@asso.test');
    await structureConfirmedOn('2019-04-01', 'en-late@asso.test');
    await structureConfirmedOn('2020-01-10', 'fresh@asso.test');
    expect(await remindStructureConfirmations(deps(NOW))).toEqual({ structures: 2, mailed: 2 });
    expect(await remindStructureConfirmations(deps(NOW))).toEqual({ structures: 2, mailed: 0 });
    const sent = await t.database.db.select().from(mails);
    expect(sent.map((m) => [m.toAddress, m.subject]).sort()).toEqual([
      ['en-late@asso.test', expect.stringMatching(/^Passerelle: please confirm the details of /)],
      ['soon@asso.test', expect.stringMatching(/^Passerelle : merci de confirmer/)],
    ]);
    expect(sent.find((m) => m.toAddress === 'soon@asso.test')!.bodyText).toContain(
      'est attendue pour le 2020-05-20',
    );
    expect(sent.find((m) => m.toAddress === 'en-late@asso.test')!.bodyText).toContain(
      'was due on 2020-04-01',
    );

    const later = new Date('2020-05-21T08:00:00Z');
    expect(await remindStructureConfirmations(deps(later))).toEqual({ structures: 2, mailed: 1 });
    const last = (await t.database.db.select().from(mails)).find(
      (m) =>
        m.toAddress === 'soon@asso.test' &&
        /attendue pour le 2020-05-20\./.test(m.bodyText) &&
        /était/.test(m.bodyText),
    );
    expect(last).toBeDefined();

    // Confirming moves the due date a year on: no more reminders.
    const ctx: ServiceContext = {
      db: t.database.db,
      actor: {
        userId: (await buildUser(t.database.db, { role: 'coordinator' })).user.id,
        membershipId: null,
        role: 'coordinator',
        organisationId: null,
        organisationKind: 'bank',
      },
      now: () => later,
      config: testConfig(),
    };
    const state = await confirmStructureDetails(ctx, soon.id, { phone: '01 02 03 04 05' });
    expect(state).toEqual({ confirmedAt: later, dueOn: '2021-05-21', state: 'ok' });
    expect((await getStructureConfirmation(ctx, soon.id)).state).toBe('ok');
    expect(await remindStructureConfirmations(deps(later))).toEqual({ structures: 1, mailed: 0 });

    // The period is a setting.
    await updateNeedsSettings(ctx, {
      structureConfirmationMonths: 6,
      confirmationReminderDays: 30,
    });
    expect((await getStructureConfirmation(ctx, soon.id)).dueOn).toBe('2020-11-21');
  });

  it('runs daily through the jobs table and schedules its next run', async () => {
    await structureConfirmedOn('2019-04-01', 'late@asso.test');
    await enqueueJob(t.database.db, CONFIRMATION_REMINDERS_JOB, {}, NOW);
    await runJobs(t.database);
    const queued = await t.database.db.select().from(jobs).where(eq(jobs.status, 'queued'));
    expect(queued.map((j) => [j.name, j.runAt.toISOString()])).toEqual([
      [CONFIRMATION_REMINDERS_JOB, '2020-05-05T05:00:00.000Z'],
    ]);
    expect(await t.database.db.select().from(mails)).toHaveLength(1);
  });

  it('adds months like PostgreSQL, keeping month ends', () => {
    expect(addMonths(new Date('2020-01-31T00:00:00Z'), 1).toISOString()).toBe(
      '2020-02-29T00:00:00.000Z',
    );
    expect(addMonths(new Date('2019-05-20T10:00:00Z'), 12).toISOString()).toBe(
      '2020-05-20T10:00:00.000Z',
    );
  });
});
