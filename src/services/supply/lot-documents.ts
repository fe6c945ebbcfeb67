import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/get-settings';
import { loadLotFor } from './lot-access';
import { renderImpactReportPdf } from './pdf/impact-report-pdf';
import { renderPickupConfirmationPdf } from './pdf/pickup-confirmation-pdf';
import { lotDetail } from './read-lots';

/** The pickup confirmation of a lot whose pickup is planned (the donor's own lots only). */
export async function pickupConfirmationPdf(ctx: ServiceContext, lotId: string) {
  const lot = await loadLotFor(ctx, ctx.db, lotId, 'donation.read');
  const detail = await lotDetail(ctx, ctx.db, lot);
  if (!detail.documents.pickupConfirmation) {
    throw new AppError('donation.invalid_state', 'No pickup is planned for this lot.', {
      from: lot.status,
      event: 'pickup_confirmation',
    });
  }
  const { bankName } = await getSettings(ctx.db);
  const pdf = await renderPickupConfirmationPdf(detail, bankName, ctx.now());
  return { pdf, filename: `enlevement-${lot.reference}.pdf` };
}

/** The impact of a lot (JSON): outcome of each device, people reached, CO2e avoided. */
export async function lotImpact(ctx: ServiceContext, lotId: string) {
  const lot = await loadLotFor(ctx, ctx.db, lotId, 'donation.read');
  const detail = await lotDetail(ctx, ctx.db, lot);
  return {
    reference: lot.reference,
    expectedCount: lot.expectedCount,
    receivedCount: detail.receivedCount,
    ...detail.impact,
  };
}

/** The impact report of a lot as a PDF, once devices were received. */
export async function impactReportPdf(ctx: ServiceContext, lotId: string) {
  const lot = await loadLotFor(ctx, ctx.db, lotId, 'donation.read');
  const detail = await lotDetail(ctx, ctx.db, lot);
  if (!detail.documents.impactReport) {
    throw new AppError('donation.invalid_state', 'No device of this lot has been received yet.', {
      from: lot.status,
      event: 'impact_report',
    });
  }
  const { bankName } = await getSettings(ctx.db);
  const pdf = await renderImpactReportPdf(
    {
      reference: lot.reference,
      donorName: detail.donor.name,
      expectedCount: lot.expectedCount,
      receivedCount: detail.receivedCount,
    },
    detail.impact,
    bankName,
    ctx.now(),
  );
  return { pdf, filename: `impact-${lot.reference}.pdf` };
}
