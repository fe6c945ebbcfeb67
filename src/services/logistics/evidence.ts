import { createHash } from 'node:crypto';
import type { Executor } from '../../db/connect';
import { findEvidence, insertEvidence } from '../../db/repositories/handovers-repo';
import { LOGISTICS_LIMITS, type TEvidenceKind } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors } from '../needs/scope';
import { canOnOrganisation } from '../inventory/access';

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};

/**
 * Stores an image sent as a data URL (`data:image/png;base64,…`): a drawn signature must be a
 * PNG, a photo a PNG or a JPEG, and the bytes must really be one (magic number checked).
 * Returns the evidence id; bad input is a field error at `path`.
 */
export async function storeEvidence(
  ex: Executor,
  ctx: ServiceContext,
  input: { kind: TEvidenceKind; dataUrl: string; structureId: string; path: string },
): Promise<string> {
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=\s]+)$/.exec(input.dataUrl.trim());
  const mime = m?.[1];
  const bytes = m ? Buffer.from(m[2]!.replace(/\s/g, ''), 'base64') : Buffer.alloc(0);
  const allowed = input.kind === 'signature' ? ['image/png'] : ['image/png', 'image/jpeg'];
  throwIfFieldErrors(
    !mime || !allowed.includes(mime) || !SIGNATURES[mime]!(bytes)
      ? [{ path: input.path, code: input.kind === 'signature' ? 'signature_png' : 'image_format' }]
      : bytes.length > LOGISTICS_LIMITS.maxEvidenceBytes
        ? [
            {
              path: input.path,
              code: 'file_too_large',
              params: { max: LOGISTICS_LIMITS.maxEvidenceBytes },
            },
          ]
        : [],
  );
  return insertEvidence(ex, {
    kind: input.kind,
    mimeType: mime!,
    dataBase64: bytes.toString('base64'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteSize: bytes.length,
    structureId: input.structureId,
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now(),
  });
}

/** An evidence image the actor may see (its structure's referents, the bank), or 404. */
export async function getEvidence(ctx: ServiceContext, id: string) {
  const row = await findEvidence(ctx.db, id);
  if (!row || !canOnOrganisation(ctx, 'handover.read', row.structureId)) {
    throw new AppError('not_found', 'Unknown file.');
  }
  return {
    mimeType: row.mimeType,
    bytes: Buffer.from(row.dataBase64, 'base64'),
    sha256: row.sha256,
  };
}
