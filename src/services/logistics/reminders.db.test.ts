import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/app';
import { useTestDatabase } from '../../../test/db';
import {
  buildShipmentWorld,
  deliverShipment,
  generateWorldShipments,
  PNG_DATA_URL,
} from '../../../test/logistics';
import { NEEDS_NOW, runJobs } from '../../../test/needs';
import { buildActor, ctxFor } from '../../../test/supply';
import { handoverFollowUps, jobs, mails } from '../../db/schema';
import { markDelivered } from './carriers';
import { answerFollowUp, listDueFollowUps } from './follow-ups';
import { createHandover } from './handovers';
import { updateLogisticsSettings } from './logistics-settings';
import { packUnit } from './pack-shipment';
import { remindLogistics } from './reminders';
import { shipShipment } from './ship-shipment';

const at = (iso: string) => new Date(`${iso}T08:00:00Z`);

describe('logistics reminders and follow-ups', () => {
  const t = useTestDatabase();

  it('reminds an unconfirmed reception after N days, loans due, and asks the follow-up once', async () => {
    const db = t.database.db;
    const world = await buildShipmentWorld(db);
    const all = await generateWorldShipments(world);
    const marseille = all.find((s) => s.structure.id === world.structures.marseille.id)!;
    const paris = all.find((s) => s.structure.id === world.structures.parisAssoc.id)!;
    const admin = ctxFor(db, world.admin.actor, NEEDS_NOW);
    await updateLogisticsSettings(admin, { followUpDelayDays: 30, receptionReminderDays: 3 });
    const remind = (day: string) =>
      remindLogistics({ db, config: testConfig(), now: () => at(day) });
    const SUBJECTS: Record<string, RegExp> = {
      shipment_reception_reminder: /confirm(ez)? (la réception|the reception)/,
      loans_due_reminder: /prêts à rendre|loans due back/,
      handover_follow_up: /appareils remis|devices you handed over/,
    };
    const mailsOf = async (kind: string) =>
      (await db.select().from(mails)).filter((m) => SUBJECTS[kind]!.test(m.subject));
    const parisReferent = await buildActor(db, 'referent', world.structures.parisAssoc.id);

    // Paris association: delivered on 4 May, not confirmed.
    for (const u of paris.units) await packUnit(world.ctx, paris.id, { code: u.device.assetTag });
    await shipShipment(world.ctx, paris.id, {
      carrierId: world.carrier.id,
      trackingNumbers: ['P1'],
    });
    await markDelivered(world.ctx, paris.id);

    // Marseille: received, one loan due on 10 May, one gift.
    const received = await deliverShipment(db, world, marseille.id, world.marseilleReferent.actor);
    const referent = ctxFor(db, world.marseilleReferent.actor, NEEDS_NOW);
    const [benA, benB] = world.marseilleBeneficiaries;
    await createHandover(referent, {
      deviceId: received.units[0]!.device.id,
      beneficiaryId: benA!.id,
      form: 'loan',
      returnDueOn: '2020-05-10',
      handedOverOn: '2020-05-04',
      charter: { method: 'signature', image: PNG_DATA_URL },
    });
    const gift = await createHandover(referent, {
      deviceId: received.units[1]!.device.id,
      beneficiaryId: benB!.id,
      form: 'gift',
      handedOverOn: '2020-05-04',
      charter: { method: 'signature', image: PNG_DATA_URL },
    });
    const [followUp] = await db
      .select()
      .from(handoverFollowUps)
      .where(eq(handoverFollowUps.handoverId, gift.id));
    expect(followUp!.dueOn).toBe('2020-06-03');

    // 5 May: too early for the reception reminder; the loan is due within a week.
    await remind('2020-05-05');
    expect(await mailsOf('shipment_reception_reminder')).toHaveLength(0);
    const loans = await mailsOf('loans_due_reminder');
    expect(loans).toHaveLength(1);
    expect(loans[0]!.toAddress).toBe(world.marseilleReferent.email);
    expect(loans[0]!.bodyText).toContain('ASE13-A');
    // 8 May: three days after delivery → one reminder to Paris's referents; running again sends nothing more.
    await remind('2020-05-08');
    await remind('2020-05-08');
    const reminders = await mailsOf('shipment_reception_reminder');
    expect(reminders.map((m) => m.toAddress)).toEqual([parisReferent.email]);
    expect(reminders[0]!.bodyText).toContain(paris.reference);
    expect(await mailsOf('loans_due_reminder')).toHaveLength(1);

    // 3 June: the follow-up question is asked once, and answered once.
    expect(await listDueFollowUps(referent)).toMatchObject({ items: [] });
    await remind('2020-06-03');
    await remind('2020-06-04');
    expect(await mailsOf('handover_follow_up')).toHaveLength(1);
    const dueCtx = ctxFor(db, world.marseilleReferent.actor, at('2020-06-03'));
    const due = await listDueFollowUps(dueCtx);
    // Both handovers of 4 May are due (the loan's too).
    expect(due.items).toHaveLength(2);
    expect(due.items.map((i) => i.handoverId)).toContain(gift.id);
    await answerFollowUp(dueCtx, followUp!.id, {
      usage: 'daily',
      enoughData: false,
      trainingWanted: true,
    });
    expect((await listDueFollowUps(dueCtx)).items).toHaveLength(1);

    // The job is registered and schedules its next run.
    await db
      .insert(jobs)
      .values({ name: 'logistics.reminders', payload: {}, runAt: at('2020-06-05') });
    await runJobs(t.database, () => at('2020-06-05'));
    const queued = (await db.select().from(jobs)).filter(
      (j) => j.name === 'logistics.reminders' && j.status === 'queued',
    );
    expect(queued).toHaveLength(1);
  });
});
