import { findDevicesByIds } from '../../db/repositories/devices-repo';
import { AppError } from '../../shared/app-error';
import { ZLabelsInput, type TLabelsInput } from '../../shared/schemas/devices';
import { KIND_NAMES_FR } from '../documents/kind-names';
import { renderLabelsPdf } from '../documents/labels-pdf';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from './access';
import { qrContent } from './get-device';
import { parseInput } from './parse-input';

/**
 * A PDF sheet of QR labels for the selected devices, in the order given. Devices the actor
 * may not see are reported as unknown (404) and nothing is printed.
 */
export async function printLabels(ctx: ServiceContext, raw: TLabelsInput): Promise<Buffer> {
  const input = parseInput(ZLabelsInput, raw);
  const ids = [...new Set(input.deviceIds)];
  const found = new Map(
    (await findDevicesByIds(ctx.db, ids))
      .filter((d) => canOnOrganisation(ctx, 'device.label', d.ownerOrganisationId))
      .map((d) => [d.id, d]),
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError('not_found', `Unknown device(s): ${missing.join(', ')}.`, {
      deviceIds: missing,
    });
  }
  const labels = ids.map((id) => {
    const d = found.get(id)!;
    return {
      assetTag: d.assetTag,
      qrContent: qrContent(ctx.config.publicUrl, d.assetTag),
      line1: [KIND_NAMES_FR[d.kind], [d.brand, d.model].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(' · '),
      line2: d.serial ? `S/N ${d.serial}` : null,
    };
  });
  return renderLabelsPdf(labels, input.layout, { skip: input.skip, at: ctx.now() });
}
