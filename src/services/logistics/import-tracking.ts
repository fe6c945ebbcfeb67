import { findCarrier, shipmentsByTracking } from '../../db/repositories/logistics-repo';
import { TRACKING_STATUSES, type TTrackingStatus } from '../../shared/logistics';
import type { TImportRowError } from '../../shared/schemas/imports';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { readCsv } from '../imports/csv';
import { recordAudit } from '../audit/record-audit';
import { recordTracking } from './carriers';

/** Headers accepted for each column (normalised: lower case, no accents, "_"). */
const ALIASES = {
  trackingNumber: ['tracking_number', 'tracking', 'numero_de_suivi', 'suivi', 'colis'],
  status: ['status', 'statut', 'etat'],
  at: ['at', 'date', 'delivered_at', 'date_de_livraison'],
};

/** Carrier statuses as they appear in exports, to ours. */
const STATUS_WORDS: Record<string, TTrackingStatus> = {
  delivered: 'delivered',
  livre: 'delivered',
  livré: 'delivered',
  in_transit: 'in_transit',
  en_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  en_livraison: 'out_for_delivery',
  exception: 'exception',
  incident: 'exception',
};

/**
 * Tracking updates from a carrier's CSV export (tracking number, status, date): all rows are
 * checked first; with any row error nothing is recorded and the errors are returned by row.
 * Rows whose number matches no shipment of this carrier are counted, not refused.
 */
export async function importTracking(ctx: ServiceContext, carrierId: string, csv: string) {
  const carrier = await findCarrier(ctx.db, carrierId);
  if (!carrier) throw new AppError('not_found', 'Unknown carrier.');
  const table = readCsv(csv, ALIASES, ['trackingNumber', 'status']);
  const errors: TImportRowError[] = [...table.errors];
  const updates: { row: number; trackingNumber: string; status: TTrackingStatus; at: Date }[] = [];
  for (const { row, values } of table.rows) {
    const word = (values.status ?? '').trim().toLowerCase().replace(/\s+/g, '_');
    const status =
      STATUS_WORDS[word] ?? (TRACKING_STATUSES as readonly string[]).find((s) => s === word);
    const at = values.at ? new Date(values.at) : ctx.now();
    if (!values.trackingNumber) errors.push({ row, path: 'trackingNumber', code: 'required' });
    if (!status) errors.push({ row, path: 'status', code: 'status_unknown' });
    if (Number.isNaN(at.getTime())) errors.push({ row, path: 'at', code: 'date_invalid' });
    if (values.trackingNumber && status && !Number.isNaN(at.getTime())) {
      updates.push({
        row,
        trackingNumber: values.trackingNumber.trim(),
        status: status as TTrackingStatus,
        at,
      });
    }
  }
  if (errors.length) return { recorded: 0, unmatched: 0, delivered: 0, errors };
  return ctx.db.transaction(async (tx) => {
    let recorded = 0;
    let unmatched = 0;
    let delivered = 0;
    for (const u of updates) {
      const found = await shipmentsByTracking(tx, carrier.id, u.trackingNumber);
      if (!found.length) unmatched++;
      for (const s of found) {
        const after = await recordTracking(tx, ctx, s, {
          source: 'csv',
          status: u.status,
          trackingNumber: u.trackingNumber,
          at: u.at,
          payload: { row: u.row },
        });
        recorded++;
        if (after.status === 'delivered' && s.status === 'shipped') delivered++;
      }
    }
    await recordAudit(tx, ctx, {
      action: 'shipment.tracking_import',
      entityType: 'carrier',
      entityId: carrier.id,
      after: { rows: updates.length, recorded, unmatched, delivered },
    });
    return { recorded, unmatched, delivered, errors: [] as TImportRowError[] };
  });
}
