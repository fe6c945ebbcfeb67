import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { GIFT_FORMS, RECEIPT_STATUSES } from '../../shared/supply-enums';
import type { TReceiptContent } from '../../domain/supply/tax-receipt';
import { organisations } from './organisations';
import { donationLots } from './supply';

/**
 * Tax receipts for companies' in-kind gifts (CERFA n°16216). Numbered without gaps per year;
 * the printed content is frozen in `content` at issue. A trigger (migration SQL) refuses any
 * UPDATE except issued → cancelled, and every DELETE: a correction cancels and re-issues.
 */
export const taxReceipts = pgTable(
  'tax_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    status: text('status', { enum: RECEIPT_STATUSES }).notNull(),
    lotId: uuid('lot_id').references(() => donationLots.id, { onDelete: 'restrict' }),
    donorOrganisationId: uuid('donor_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    donorSiren: text('donor_siren').notNull(),
    giftDate: date('gift_date', { mode: 'string' }).notNull(),
    form: text('form', { enum: GIFT_FORMS }).notNull(),
    valuationCents: bigint('valuation_cents', { mode: 'number' }).notNull(),
    content: jsonb('content').$type<TReceiptContent>().notNull(),
    /** SHA-256 of the canonical content, printed on the PDF. */
    contentHash: text('content_hash').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by'),
    replacesReceiptId: uuid('replaces_receipt_id').references((): AnyPgColumn => taxReceipts.id),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    unique('tax_receipts_year_sequence_uq').on(t.year, t.sequence),
    index('tax_receipts_donor_idx').on(t.donorOrganisationId, t.issuedAt),
    index('tax_receipts_lot_idx').on(t.lotId),
    check('tax_receipts_valuation_ck', sql`${t.valuationCents} >= 0`),
    check(
      'tax_receipts_cancel_ck',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL AND ${t.cancelReason} IS NOT NULL)`,
    ),
  ],
);
