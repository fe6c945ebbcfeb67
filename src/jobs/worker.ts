import { hostname } from 'node:os';
import type { Database } from '../db/connect';
import { claimNextJob, completeJob, failJob } from '../db/repositories/jobs-repo';
import type { TAppConfig } from '../server/config';

/** A job handler: receives the payload; throwing makes the job retry later. */
export type TJobHandler = (payload: unknown, deps: TJobDeps) => Promise<void>;

/** What handlers receive. */
export interface TJobDeps {
  database: Database;
  config: TAppConfig;
  now: () => Date;
}

/** Options of the worker loop. */
export interface WorkerOptions extends TJobDeps {
  handlers: Record<string, TJobHandler>;
  intervalMs?: number;
  log?: (message: string) => void;
}

/**
 * Runs due jobs until there are none left, then sleeps. Safe with several app instances on
 * one PostgreSQL (jobs are claimed with SKIP LOCKED). Returns a function that stops it.
 */
export function startJobWorker(options: WorkerOptions): {
  stop: () => Promise<void>;
  runOnce: () => Promise<number>;
} {
  const { database, handlers } = options;
  const log = options.log ?? (() => undefined);
  let stopped = false;
  let running: Promise<number> | undefined;
  const worker = `${hostname()}:${process.pid}`;

  async function runOnce(): Promise<number> {
    let done = 0;
    while (!stopped) {
      const job = await claimNextJob(database.db, options.now(), 300);
      if (!job) break;
      const handler = handlers[job.name];
      try {
        if (!handler) throw new Error(`No handler for job ${job.name}`);
        await handler(job.payload, options);
        await completeJob(database.db, job.id, options.now());
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`job ${job.id} (${job.name}) failed on ${worker}: ${message}`);
        await failJob(database.db, job, message, options.now());
      }
      done++;
    }
    return done;
  }

  const timer = setInterval(() => {
    if (running || stopped) return;
    running = runOnce()
      .catch((error: unknown) => {
        log(`job worker error: ${String(error)}`);
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs ?? 2000);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
