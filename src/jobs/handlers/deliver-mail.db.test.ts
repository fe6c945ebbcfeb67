import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import { testConfig } from '../../../test/app';
import { jobs, mails } from '../../db/schema';
import { sendMail } from '../../services/mail/send-mail';
import { startJobWorker } from '../worker';
import { JOB_HANDLERS } from './index';

/** What the fake SMTP server received. */
interface TReceived {
  from: string;
  to: string[];
  data: string;
}

/**
 * A tiny SMTP server on 127.0.0.1 speaking just what nodemailer needs (EHLO, MAIL, RCPT, DATA,
 * QUIT, RSET, NOOP), without TLS or authentication. `refuse` makes it reject recipients.
 */
function startSmtp(): Promise<{
  server: Server;
  port: number;
  received: TReceived[];
  refuse: { on: boolean };
}> {
  const received: TReceived[] = [];
  const refuse = { on: false };
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: TReceived = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 smtp.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') {
          socket.write('250-smtp.test\r\n250 8BITMIME\r\n');
        } else if (verb === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          if (refuse.on) reply('550 5.1.1 mailbox unavailable');
          else {
            current.to.push(line);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else {
          reply('250 ok');
        }
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, received, refuse }),
    );
  });
}

const now = new Date('2026-03-02T09:00:00Z');
const template = {
  kind: 'password_reset',
  link: 'http://passerelle.test/reset?token=abc123',
} as const;

describe('mail delivery', () => {
  const t = useTestDatabase();
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await new Promise((r) => smtp?.server.close(r));
  });

  it('keeps mails in the outbox when no SMTP server is configured', async () => {
    const config = testConfig({ smtpUrl: undefined });
    await t.database.db.delete(jobs);
    const id = await t.database.db.transaction((tx) =>
      sendMail(tx, { config, now: () => now }, 'ref@structure.test', 'fr', template),
    );
    const [mail] = await t.database.db.select().from(mails);
    expect(mail).toMatchObject({ id, status: 'outbox', toAddress: 'ref@structure.test' });
    expect(mail!.bodyText).toContain(template.link);
    expect(await t.database.db.select().from(jobs)).toEqual([]);
  });

  it('queues a mail, then the worker hands it to the SMTP server and marks it sent', async () => {
    smtp.refuse.on = false;
    const config = testConfig({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      mailFrom: 'Passerelle <no-reply@passerelle.test>',
    });
    await t.database.db.delete(jobs);
    const sentBefore = smtp.received.length;
    await t.database.db.transaction((tx) =>
      sendMail(tx, { config, now: () => now }, 'ref@structure.test', 'en', template),
    );
    expect((await t.database.db.select().from(mails))[0]!.status).toBe('queued');
    const worker = startJobWorker({
      database: t.database,
      config,
      now: () => now,
      handlers: JOB_HANDLERS,
      intervalMs: 3_600_000,
    });
    try {
      expect(await worker.runOnce()).toBe(1);
    } finally {
      await worker.stop();
    }
    const [mail] = await t.database.db.select().from(mails);
    expect(mail).toMatchObject({ status: 'sent', error: null, sentAt: now });
    const [job] = await t.database.db.select().from(jobs);
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
    const got = smtp.received.slice(sentBefore);
    expect(got).toHaveLength(1);
    expect(got[0]!.from).toContain('no-reply@passerelle.test');
    expect(got[0]!.to[0]).toContain('ref@structure.test');
    expect(got[0]!.data).toMatch(/^Subject: .*reset your password/m);
    // The body travels quoted-printable: undo soft line breaks and =XX escapes.
    const body = got[0]!.data
      .replace(/=\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(body).toContain(template.link);
  });

  it('keeps a refused mail queued with the error, and retries it later', async () => {
    smtp.refuse.on = true;
    const config = testConfig({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    await t.database.db.delete(jobs);
    await t.database.db.transaction((tx) =>
      sendMail(tx, { config, now: () => now }, 'nobody@structure.test', 'fr', template),
    );
    const worker = startJobWorker({
      database: t.database,
      config,
      now: () => now,
      handlers: JOB_HANDLERS,
      intervalMs: 3_600_000,
    });
    try {
      expect(await worker.runOnce()).toBe(1);
    } finally {
      await worker.stop();
      smtp.refuse.on = false;
    }
    const [mail] = await t.database.db.select().from(mails);
    expect(mail!.status).toBe('queued');
    expect(mail!.error).toMatch(/550|mailbox unavailable/);
    const [job] = await t.database.db.select().from(jobs);
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job!.runAt.getTime()).toBeGreaterThan(now.getTime());
  });
});
