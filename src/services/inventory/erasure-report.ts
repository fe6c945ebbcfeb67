import { createHash } from 'node:crypto';
import { listDevicesByOrigin, listDrives } from '../../db/repositories/devices-repo';
import {
  findErasureReportByHash,
  recordErasureReport,
} from '../../db/repositories/erasure-reports-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { listErasures } from '../../db/repositories/workshop-repo';
import {
  buildReportLines,
  canonicalReport,
  CLEARED_STATUSES,
} from '../../domain/device/erasure-report';
import { AppError } from '../../shared/app-error';
import { renderErasureReportPdf } from '../documents/erasure-report-pdf';
import { getSettings } from '../settings/get-settings';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { seesAll } from './access';

/**
 * The erasure report of a donation lot, as the donor downloads it. Built over the devices
 * whose origin is that lot (the lot table arrives with the supply issue). Readable by bank
 * staff, by workshop operators holding some of the lot's devices, and by donor contacts of
 * the lot's donor; anyone else gets 404. Each distinct content is recorded once with its
 * SHA-256, so `verifyErasureReport` can later confirm a report was issued, and when.
 */
export async function getErasureReport(ctx: ServiceContext, lotId: string) {
  const devices = await listDevicesByOrigin(ctx.db, 'donation_lot', lotId);
  const donorOrganisationId =
    devices.find((d) => d.donorOrganisationId)?.donorOrganisationId ?? null;
  const actor = ctx.actor;
  const allowed =
    devices.length > 0 &&
    (seesAll(actor, 'erasure_report.read') ||
      (actor?.role === 'donor_contact' &&
        !!donorOrganisationId &&
        actor.organisationId === donorOrganisationId) ||
      (actor?.role === 'workshop_operator' &&
        devices.some((d) => d.ownerOrganisationId === actor.organisationId)));
  if (!allowed) throw new AppError('not_found', 'Unknown donation lot.', { lotId });
  const ids = devices.map((d) => d.id);
  const [drives, erasures, donor, settings] = await Promise.all([
    listDrives(ctx.db, ids),
    listErasures(ctx.db, ids),
    donorOrganisationId ? findOrganisation(ctx.db, donorOrganisationId) : undefined,
    getSettings(ctx.db),
  ]);
  const lines = buildReportLines(
    devices,
    drives,
    erasures.map((e) => ({ ...e.erasure, operatorName: e.operatorName })),
  );
  const hash = createHash('sha256')
    .update(canonicalReport(lotId, donorOrganisationId, lines))
    .digest('hex');
  const driveLines = lines.filter((l) => l.drive);
  // Each distinct content is issued once (and audited once); downloading it again reuses it.
  const record =
    (await findErasureReportByHash(ctx.db, hash)) ??
    (await ctx.db.transaction(async (tx) => {
      const row = await recordErasureReport(tx, {
        lotId,
        donorOrganisationId,
        hash,
        issuedAt: ctx.now(),
        issuedBy: actor?.userId ?? null,
        deviceCount: devices.length,
        driveCount: driveLines.length,
        clearedCount: driveLines.filter((l) => CLEARED_STATUSES.includes(l.status)).length,
      });
      await recordAudit(tx, ctx, {
        action: 'erasure_report.issue',
        entityType: 'erasure_report',
        entityId: row.id,
        after: { lotId, hash, driveCount: row.driveCount, clearedCount: row.clearedCount },
      });
      return row;
    }));
  const pdf = await renderErasureReportPdf(lines, {
    bankName: settings.bankName,
    donorName: donor?.name ?? null,
    lotId,
    issuedAt: record.issuedAt,
    hash,
    verifyUrl: `${ctx.config.publicUrl}/api/erasure-reports/verify?hash=${hash}`,
    deviceCount: record.deviceCount,
    driveCount: record.driveCount,
    clearedCount: record.clearedCount,
  });
  return { pdf, hash, issuedAt: record.issuedAt, lines };
}

/** Public check of a report's hash: was it issued by this bank, and when? */
export async function verifyErasureReport(ctx: ServiceContext, hash: string) {
  const report = await findErasureReportByHash(ctx.db, hash.toLowerCase());
  if (!report) return { isIssued: false as const, hash };
  const settings = await getSettings(ctx.db);
  return {
    isIssued: true as const,
    hash: report.hash,
    issuedAt: report.issuedAt,
    issuedBy: settings.bankName,
    deviceCount: report.deviceCount,
    driveCount: report.driveCount,
    clearedCount: report.clearedCount,
  };
}
