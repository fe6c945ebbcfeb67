import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { LOCALES, STRUCTURE_TYPES } from '../../shared/enums';
import { APPLICATION_STATUSES } from '../../shared/needs-enums';
import { organisations } from './organisations';

/** The resolved main address an applicant typed. */
export interface TApplicationAddressJson {
  line1: string;
  line2: string | null;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departementCode: string;
  regionCode: string;
}

/** A referent contact named in an application. */
export interface TApplicationContactJson {
  name: string;
  email: string;
  phone?: string | undefined;
  function?: string | undefined;
}

/**
 * Applications of structures to join the bank (public form, no login). Coordinators approve
 * (the structure is created and its contacts invited), ask for more information (the applicant
 * edits through a one-time link whose hash is stored here), or reject with a reason.
 */
export const structureApplications = pgTable(
  'structure_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('submitted'),
    name: text('name').notNull(),
    structureType: text('structure_type', { enum: STRUCTURE_TYPES }).notNull(),
    legalId: text('legal_id'),
    email: text('email'),
    phone: text('phone'),
    networkIds: jsonb('network_ids').$type<string[]>().notNull().default([]),
    address: jsonb('address').$type<TApplicationAddressJson>().notNull(),
    contacts: jsonb('contacts').$type<TApplicationContactJson[]>().notNull(),
    publicServed: text('public_served').notNull(),
    expectedBeneficiaries: integer('expected_beneficiaries').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('fr'),
    /** The coordinator's last request for information, shown to the applicant. */
    coordinatorMessage: text('coordinator_message'),
    rejectionReason: text('rejection_reason'),
    /** The structure created on approval. */
    structureId: uuid('structure_id').references(() => organisations.id, { onDelete: 'set null' }),
    /** SHA-256 of the one-time edit link sent with a request for information. */
    editTokenHash: text('edit_token_hash').unique(),
    editTokenExpiresAt: timestamp('edit_token_expires_at', { withTimezone: true }),
    reviewedByUserId: uuid('reviewed_by_user_id'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('structure_applications_status_idx').on(t.status, t.submittedAt)],
);

/**
 * Reminders sent to a structure's referents to re-confirm its details, one per structure, due
 * date and kind, so the daily job never mails twice for the same period.
 */
export const structureConfirmationReminders = pgTable(
  'structure_confirmation_reminders',
  {
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['due_soon', 'overdue'] }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.structureId, t.dueOn, t.kind] })],
);
