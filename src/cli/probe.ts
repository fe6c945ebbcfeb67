import { readFileSync, writeFileSync } from 'node:fs';
import { VERSION } from '../server/version';
import { collectSnapshot, systemProbeIO } from './probe-collect';

/** Options of `passerelle probe`. */
export interface TProbeOptions {
  out?: string;
  /** Upload an existing snapshot file instead of probing this machine. */
  in?: string;
  server?: string;
  token?: string;
}

/**
 * `passerelle probe`: collects this machine's specs (run it on the device, as root for the
 * serial number), writes them to a file or standard output, and optionally posts them to a
 * Passerelle server with a workshop token. Returns the exit code.
 */
export async function runProbe(opts: TProbeOptions): Promise<number> {
  if (!!opts.server !== !!opts.token) {
    console.error('passerelle probe: --server and --token go together.');
    return 2;
  }
  const body = opts.in
    ? readFileSync(opts.in, 'utf8')
    : JSON.stringify(collectSnapshot(systemProbeIO, new Date(), VERSION), null, 2) + '\n';
  if (!opts.in) {
    const snapshot = JSON.parse(body) as { unknown: string[] };
    if (opts.out) writeFileSync(opts.out, body);
    else if (!opts.server) process.stdout.write(body);
    console.error(
      snapshot.unknown.length
        ? `Could not read (reported as null): ${snapshot.unknown.join(', ')}`
        : 'Every field was read.',
    );
    if (opts.out) console.error(`Snapshot written to ${opts.out}.`);
  }
  if (!opts.server) return 0;
  const url = `${opts.server.replace(/\/$/, '')}/api/workshop/probe-snapshots`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' },
    body,
  });
  const answer = (await res.json().catch(() => ({}))) as {
    status?: string;
    device?: { assetTag: string } | null;
    id?: string;
    error?: { message: string };
  };
  if (!res.ok) {
    console.error(
      `passerelle probe: the server refused the snapshot (${res.status}): ${answer.error?.message ?? ''}`,
    );
    return 1;
  }
  console.error(
    answer.device
      ? `Uploaded: specs filled on device ${answer.device.assetTag}.`
      : `Uploaded as unmatched snapshot ${answer.id}: attach it to a device in the workshop screen.`,
  );
  return 0;
}
