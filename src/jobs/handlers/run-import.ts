import { z } from 'zod';
import { runImport } from '../../services/imports/run-import';
import type { TJobDeps } from '../worker';

const ZPayload = z.object({ importId: z.uuid() });

/** Runs a queued CSV import (validate every row, then write all in one transaction). */
export async function runImportJob(payload: unknown, deps: TJobDeps): Promise<void> {
  const { importId } = ZPayload.parse(payload);
  await runImport(deps, importId);
}
