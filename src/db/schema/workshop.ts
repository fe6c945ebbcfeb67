import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  ERASURE_METHODS,
  ERASURE_RESULTS,
  ERASURE_STANDARDS,
  STEP_RESULTS,
  WORKSHOP_STEPS,
} from '../../shared/inventory';
import { deviceDrives, devices } from './inventory';
import { organisations } from './organisations';
import { users } from './accounts';

/** A step of refurbishment recorded by an operator (diagnosis, repair, OS install…). */
export const workshopSteps = pgTable(
  'workshop_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id),
    step: text('step', { enum: WORKSHOP_STEPS }).notNull(),
    result: text('result', { enum: STEP_RESULTS }).notNull(),
    operatorUserId: uuid('operator_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    minutesSpent: integer('minutes_spent'),
    notes: text('notes'),
    /** Parts consumed (each also a `consume_part` ledger event linked to this step). */
    partsUsed: jsonb('parts_used')
      .$type<{ itemId: string; quantity: number; locationId: string }[]>()
      .notNull()
      .default([]),
  },
  (t) => [
    index('workshop_steps_device_idx').on(t.deviceId, t.at),
    check('workshop_steps_minutes_ck', sql`${t.minutesSpent} IS NULL OR ${t.minutesSpent} >= 0`),
  ],
);

/** Evidence of data erasure (or physical destruction) of one drive. */
export const erasures = pgTable(
  'erasures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id),
    driveId: uuid('drive_id')
      .notNull()
      .references(() => deviceDrives.id),
    method: text('method', { enum: ERASURE_METHODS }).notNull(),
    standard: text('standard', { enum: ERASURE_STANDARDS }).notNull(),
    tool: text('tool').notNull(),
    toolVersion: text('tool_version'),
    passes: integer('passes'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    result: text('result', { enum: ERASURE_RESULTS }).notNull(),
    operatorUserId: uuid('operator_user_id').references(() => users.id),
    /** The erasure tool's own report or certificate number. */
    toolReportRef: text('tool_report_ref'),
    notes: text('notes'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('erasures_drive_idx').on(t.driveId),
    index('erasures_device_idx').on(t.deviceId),
    check('erasures_dates_ck', sql`${t.endedAt} >= ${t.startedAt}`),
  ],
);

/** Per-workshop secrets the probe uses to upload snapshots; only their SHA-256 is stored. */
export const workshopTokens = pgTable(
  'workshop_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('workshop_tokens_org_idx').on(t.organisationId)],
);

/** Snapshots uploaded by the probe: matched to a device, or waiting for an operator. */
export const probeSnapshots = pgTable(
  'probe_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    deviceId: uuid('device_id').references(() => devices.id),
    status: text('status', { enum: ['matched', 'unmatched', 'attached', 'dismissed'] }).notNull(),
    systemSerial: text('system_serial'),
    driveSerials: jsonb('drive_serials').$type<string[]>().notNull().default([]),
    payload: jsonb('payload').notNull(),
    source: text('source', { enum: ['token', 'upload'] }).notNull(),
    tokenId: uuid('token_id').references(() => workshopTokens.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    /** Why it was not matched (no device, or several candidates). */
    matchNote: text('match_note'),
  },
  (t) => [
    index('probe_snapshots_org_status_idx').on(t.organisationId, t.status, t.receivedAt),
    index('probe_snapshots_device_idx').on(t.deviceId),
  ],
);

/** Erasure reports issued to donors; the hash lets anyone check a report later. */
export const erasureReports = pgTable(
  'erasure_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id').notNull(),
    donorOrganisationId: uuid('donor_organisation_id').references(() => organisations.id),
    /** SHA-256 (hex) of the report's canonical content. */
    hash: text('hash').notNull().unique(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    deviceCount: integer('device_count').notNull(),
    driveCount: integer('drive_count').notNull(),
    clearedCount: integer('cleared_count').notNull(),
  },
  (t) => [index('erasure_reports_lot_idx').on(t.lotId)],
);
