import { DATA_BEARING_KINDS, type TDeviceKind } from '../../shared/inventory';
import { driveLabel } from './erasure';

/**
 * The donor's erasure report of a donation lot: one line per drive with the evidence that
 * cleared it, and a canonical text of that content whose SHA-256 the donor can check later.
 */

/** A device of the lot. */
export interface TReportDevice {
  id: string;
  assetTag: string;
  kind: TDeviceKind;
  brand: string | null;
  model: string | null;
  serial: string | null;
  donorAssetTag: string | null;
  state: string;
  recyclerReceiptRef: string | null;
}

/** A drive of one of those devices. */
export interface TReportDrive {
  id: string;
  deviceId: string;
  serial: string | null;
  name: string | null;
  type: string;
  sizeGb: number | null;
}

/** An erasure record. */
export interface TReportErasure {
  driveId: string;
  method: string;
  standard: string;
  tool: string;
  toolVersion: string | null;
  passes: number | null;
  startedAt: Date;
  endedAt: Date;
  result: 'success' | 'failure';
  operatorName: string | null;
  toolReportRef: string | null;
}

/** What a line says about its drive. */
export type TReportStatus =
  | 'erased'
  | 'destroyed'
  | 'failed'
  | 'pending'
  | 'recycled_weee'
  | 'no_storage'
  | 'no_drive_recorded';

/** One line of the report. */
export interface TReportLine {
  assetTag: string;
  donorAssetTag: string | null;
  kind: TDeviceKind;
  brandModel: string;
  deviceSerial: string | null;
  drive: string | null;
  driveType: string | null;
  sizeGb: number | null;
  status: TReportStatus;
  method: string | null;
  standard: string | null;
  tool: string | null;
  passes: number | null;
  startedAt: string | null;
  endedAt: string | null;
  operator: string | null;
  toolReportRef: string | null;
  recyclerReceiptRef: string | null;
}

/** Statuses that mean the data is gone. */
export const CLEARED_STATUSES: readonly TReportStatus[] = ['erased', 'destroyed', 'no_storage'];

/** Builds the lines: per drive, the last successful erasure, else the last attempt. */
export function buildReportLines(
  devices: readonly TReportDevice[],
  drives: readonly TReportDrive[],
  erasures: readonly TReportErasure[],
): TReportLine[] {
  const lines: TReportLine[] = [];
  const sorted = [...devices].sort((a, b) => a.assetTag.localeCompare(b.assetTag));
  for (const d of sorted) {
    const base = {
      assetTag: d.assetTag,
      donorAssetTag: d.donorAssetTag,
      kind: d.kind,
      brandModel: [d.brand, d.model].filter(Boolean).join(' '),
      deviceSerial: d.serial,
      recyclerReceiptRef: d.state === 'recycled' ? d.recyclerReceiptRef : null,
    };
    const empty = {
      method: null,
      standard: null,
      tool: null,
      passes: null,
      startedAt: null,
      endedAt: null,
      operator: null,
      toolReportRef: null,
    };
    const own = drives.filter((dr) => dr.deviceId === d.id);
    if (!own.length) {
      lines.push({
        ...base,
        ...empty,
        drive: null,
        driveType: null,
        sizeGb: null,
        status: DATA_BEARING_KINDS.includes(d.kind)
          ? d.state === 'recycled'
            ? 'recycled_weee'
            : 'no_drive_recorded'
          : 'no_storage',
      });
      continue;
    }
    own.forEach((dr, i) => {
      const attempts = erasures
        .filter((e) => e.driveId === dr.id)
        .sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
      const chosen = [...attempts].reverse().find((e) => e.result === 'success') ?? attempts.at(-1);
      const status: TReportStatus = !chosen
        ? d.state === 'recycled'
          ? 'recycled_weee'
          : 'pending'
        : chosen.result === 'failure'
          ? d.state === 'recycled'
            ? 'recycled_weee'
            : 'failed'
          : chosen.method === 'physical_destruction'
            ? 'destroyed'
            : 'erased';
      lines.push({
        ...base,
        drive: driveLabel(dr, i),
        driveType: dr.type,
        sizeGb: dr.sizeGb,
        status,
        method: chosen?.method ?? null,
        standard: chosen?.standard ?? null,
        tool: chosen ? [chosen.tool, chosen.toolVersion].filter(Boolean).join(' ') : null,
        passes: chosen?.passes ?? null,
        startedAt: chosen?.startedAt.toISOString() ?? null,
        endedAt: chosen?.endedAt.toISOString() ?? null,
        operator: chosen?.operatorName ?? null,
        toolReportRef: chosen?.toolReportRef ?? null,
      });
    });
  }
  return lines;
}

/** The canonical text of a report (stable key order); its SHA-256 is the verification hash. */
export function canonicalReport(
  lotId: string,
  donorOrganisationId: string | null,
  lines: readonly TReportLine[],
): string {
  return JSON.stringify({
    format: 'passerelle-erasure-report/1',
    lotId,
    donorOrganisationId,
    lines,
  });
}
