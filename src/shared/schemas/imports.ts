import { z } from 'zod';
import { NEEDS_LIMITS } from '../needs-enums';

/** A CSV file sent as text in JSON (the import routes accept up to 20 MB). */
export const ZCsvImport = z.object({
  csv: z
    .string()
    .min(1, { message: 'required' })
    .max(NEEDS_LIMITS.maxImportBytes, { message: 'file_too_large' }),
  /** Beneficiary imports: the structure (referents may omit it). */
  structureId: z.uuid().optional(),
  /** Structure imports: invite the referent contacts of each row. */
  inviteReferents: z.boolean().default(false),
});
export type TCsvImport = z.output<typeof ZCsvImport>;

/** A problem in a CSV row (row 1 is the first data row; 0 is the header). */
export interface TImportRowError {
  row: number;
  path: string;
  code: string;
  params?: Record<string, unknown>;
}
