import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TAllocationPlan, TAllocationProblem } from '../../domain/allocation';
import type { TWaveContext, TWaveOptions, TWaveSnapshot } from '../../domain/allocation-wave';
import { WAVE_STATUSES } from '../../shared/allocation';
import { users } from './accounts';
import { devices } from './inventory';
import { campaigns, requestLines } from './needs';

/**
 * An allocation wave: a coordinator's selection of approved lines and ready stock, the exact
 * problem given to the engine and the plan it returned, until confirmed (units reserved in the
 * ledger) or cancelled. `snapshot` records the stock and demand the run saw, so a confirm on
 * stale data is refused.
 */
export const allocationWaves = pgTable(
  'allocation_waves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number shown as V-000012. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'restrict' }),
    status: text('status', { enum: WAVE_STATUSES }).notNull().default('draft'),
    /** Selection, pins, exclusions, caps, substitutes and hypothetical stock of the last run. */
    options: jsonb('options').$type<TWaveOptions>().notNull(),
    problem: jsonb('problem').$type<TAllocationProblem>().notNull(),
    plan: jsonb('plan').$type<TAllocationPlan>().notNull(),
    /** Names and links behind the problem's ids (structures, networks, warehouses…). */
    context: jsonb('context').$type<TWaveContext>().notNull(),
    snapshot: jsonb('snapshot').$type<TWaveSnapshot>().notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('allocation_waves_campaign_idx').on(t.campaignId, t.createdAt)],
);

/**
 * A device reserved for a request line by a confirmed wave. At most one live reservation per
 * device (partial unique index): two waves can never hold the same unit.
 */
export const deviceAllocations = pgTable(
  'device_allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => allocationWaves.id, { onDelete: 'restrict' }),
    requestLineId: uuid('request_line_id')
      .notNull()
      .references(() => requestLines.id, { onDelete: 'restrict' }),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    reservedAt: timestamp('reserved_at', { withTimezone: true }).notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releaseReason: text('release_reason'),
  },
  (t) => [
    index('device_allocations_wave_idx').on(t.waveId),
    index('device_allocations_line_idx').on(t.requestLineId),
    uniqueIndex('device_allocations_device_live_uq')
      .on(t.deviceId)
      .where(sql`${t.releasedAt} IS NULL`),
  ],
);
