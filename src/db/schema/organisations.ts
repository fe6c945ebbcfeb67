import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS, STRUCTURE_TYPES } from '../../shared/enums';

/** Every organisation (bank, warehouse, structure, network, donor…) in one table. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    name: text('name').notNull(),
    /** SIRET (structures) or SIREN (donor companies), digits only. */
    legalId: text('legal_id'),
    structureType: text('structure_type', { enum: STRUCTURE_TYPES }),
    email: text('email'),
    phone: text('phone'),
    departementCode: text('departement_code'),
    isActive: boolean('is_active').notNull().default(true),
    /** Structures: the public they serve and how many people they expect to equip. */
    publicServed: text('public_served'),
    expectedBeneficiaries: integer('expected_beneficiaries'),
    /** Structures: last time a referent or the bank confirmed the details (yearly). */
    detailsConfirmedAt: timestamp('details_confirmed_at', { withTimezone: true }),
    /** Networks: the coordinator contact, a user of the app or a name and e-mail. */
    coordinatorUserId: uuid('coordinator_user_id'),
    coordinatorName: text('coordinator_name'),
    coordinatorEmail: text('coordinator_email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_kind_idx').on(t.kind, t.name)],
);

/** Postal addresses of an organisation (a structure may have several delivery addresses). */
export const organisationAddresses = pgTable(
  'organisation_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    line1: text('line1').notNull(),
    line2: text('line2'),
    postalCode: text('postal_code').notNull(),
    communeCode: text('commune_code').notNull(),
    communeName: text('commune_name').notNull(),
    departementCode: text('departement_code').notNull(),
    regionCode: text('region_code').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    isDelivery: boolean('is_delivery').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_addresses_org_idx').on(t.organisationId)],
);

/** Membership of a structure in a network (many to many). */
export const structureNetworks = pgTable(
  'structure_networks',
  {
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.structureId, t.networkId] }),
    index('structure_networks_network_idx').on(t.networkId),
  ],
);
