import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  AGE_BANDS,
  CAMPAIGN_STATUSES,
  NEED_KINDS,
  PARENTAL_CONSENT_BY,
  REQUEST_STATUSES,
  SCHOOL_LEVELS,
  SITUATIONS,
  URGENCY_LEVELS,
  URGENCY_REASONS,
  type TLack,
  type TNeedKind,
} from '../../shared/needs-enums';
import { organisations } from './organisations';

/** A campaign ("Connexion d'Urgence 2020"): dates, goals and eligibility rules. */
export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('open'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  goalPeople: integer('goal_people').notNull().default(0),
  goalsByKind: jsonb('goals_by_kind')
    .$type<Partial<Record<TNeedKind, number>>>()
    .notNull()
    .default({}),
  offeredKinds: jsonb('offered_kinds').$type<TNeedKind[]>().notNull(),
  /** Networks whose structures may ask; empty = all. */
  eligibleNetworkIds: jsonb('eligible_network_ids').$type<string[]>().notNull().default([]),
  maxPerBeneficiary: integer('max_per_beneficiary'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Devices a network's structures may get in a campaign (sum of approved quantities). */
export const campaignQuotas = pgTable(
  'campaign_quotas',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.networkId] })],
);

/** A person a structure follows, pseudonymous: a reference it chooses, never a name. */
export const beneficiaries = pgTable(
  'beneficiaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull(),
    ageBand: text('age_band', { enum: AGE_BANDS }).notNull(),
    situation: text('situation', { enum: SITUATIONS }).notNull(),
    schoolLevel: text('school_level', { enum: SCHOOL_LEVELS }),
    departementCode: text('departement_code').notNull(),
    householdSize: integer('household_size').notNull(),
    lacks: jsonb('lacks').$type<TLack[]>().notNull(),
    consentAt: date('consent_at', { mode: 'string' }).notNull(),
    /** The user who recorded the consent. */
    consentRecordedBy: uuid('consent_recorded_by'),
    parentalConsentAt: date('parental_consent_at', { mode: 'string' }),
    parentalConsentBy: text('parental_consent_by', { enum: PARENTAL_CONSENT_BY }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('beneficiaries_structure_reference_uq').on(t.structureId, t.reference)],
);

/** The delivery address copied on the request when it is written (addresses may change). */
export interface TDeliveryAddressJson {
  label: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departementCode: string;
  regionCode: string;
}

/** A structure's request for equipment within a campaign. */
export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number shown as D-000042. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'restrict' }),
    /** The network it is made under: its quota is consumed (see ADR 0007). */
    networkId: uuid('network_id').references(() => organisations.id, { onDelete: 'restrict' }),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('draft'),
    urgency: text('urgency', { enum: URGENCY_LEVELS }).notNull().default('normal'),
    urgencyReason: text('urgency_reason', { enum: URGENCY_REASONS }),
    urgencyText: text('urgency_text'),
    deliveryAddressId: uuid('delivery_address_id'),
    delivery: jsonb('delivery').$type<TDeliveryAddressJson>().notNull(),
    deliveryDepartementCode: text('delivery_departement_code').notNull(),
    deliveryLat: doublePrecision('delivery_lat'),
    deliveryLon: doublePrecision('delivery_lon'),
    preferredFrom: date('preferred_from', { mode: 'string' }).notNull(),
    preferredTo: date('preferred_to', { mode: 'string' }).notNull(),
    comment: text('comment'),
    /** The latest reason given with a decision (rejection, question, approval note). */
    statusReason: text('status_reason'),
    quotaOverrideReason: text('quota_override_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('requests_structure_idx').on(t.structureId, t.createdAt),
    index('requests_campaign_status_idx').on(t.campaignId, t.status),
    index('requests_status_submitted_idx').on(t.status, t.submittedAt),
  ],
);

/** A line of a request: kind, quantity asked, then approved, allocated, fulfilled. */
export const requestLines = pgTable(
  'request_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    quantity: integer('quantity').notNull(),
    minTier: integer('min_tier'),
    approvedQuantity: integer('approved_quantity'),
    decisionReason: text('decision_reason'),
    weightOverride: integer('weight_override'),
    weightOverrideReason: text('weight_override_reason'),
    /** Units already given to an allocation wave (written by the allocation area). */
    allocatedQuantity: integer('allocated_quantity').notNull().default(0),
    /** Units delivered, then handed over to beneficiaries (written by logistics). */
    fulfilledQuantity: integer('fulfilled_quantity').notNull().default(0),
    handedOverQuantity: integer('handed_over_quantity').notNull().default(0),
  },
  (t) => [
    index('request_lines_request_idx').on(t.requestId, t.position),
    check('request_lines_quantity_ck', sql`${t.quantity} BETWEEN 1 AND 500`),
    check(
      'request_lines_approved_ck',
      sql`${t.approvedQuantity} IS NULL OR (${t.approvedQuantity} >= 0 AND ${t.approvedQuantity} <= ${t.quantity})`,
    ),
    check(
      'request_lines_weight_ck',
      sql`${t.weightOverride} IS NULL OR ${t.weightOverride} BETWEEN 1 AND 1000`,
    ),
  ],
);

/** Beneficiaries a line equips (one unit each), of the request's structure. */
export const requestLineBeneficiaries = pgTable(
  'request_line_beneficiaries',
  {
    lineId: uuid('line_id')
      .notNull()
      .references(() => requestLines.id, { onDelete: 'cascade' }),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => beneficiaries.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.beneficiaryId] }),
    index('request_line_beneficiaries_beneficiary_idx').on(t.beneficiaryId),
  ],
);

/** The human history of a request: each change of state or content, who and why. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    kind: text('kind', {
      enum: ['created', 'edited', 'status', 'weight', 'override', 'allocation'],
    }).notNull(),
    fromStatus: text('from_status', { enum: REQUEST_STATUSES }),
    toStatus: text('to_status', { enum: REQUEST_STATUSES }),
    message: text('message'),
    data: jsonb('data'),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);

/**
 * A coordinator's permission to equip a beneficiary again with a kind in a campaign (a lost
 * or stolen device). Each allowance permits one more claim; the reason is kept.
 */
export const duplicateAllowances = pgTable(
  'duplicate_allowances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => beneficiaries.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    reason: text('reason').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('duplicate_allowances_idx').on(t.campaignId, t.beneficiaryId, t.kind)],
);
