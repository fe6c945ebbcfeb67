/** Enumerations shared by the server and the web app. Codes are English; labels live in i18n. */

/** Kinds of organisation that take part in the bank's work (see DOMAIN.md). */
export const ORGANISATION_KINDS = [
  'bank',
  'warehouse',
  'workshop',
  'structure',
  'network',
  'donor',
  'funder',
  'supplier',
  'telecom',
  'welcome_point',
] as const;
export type TOrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles a user can hold in an organisation. */
export const ROLES = [
  'admin',
  'coordinator',
  'workshop_operator',
  'referent',
  'donor_contact',
  'funder',
  'volunteer',
] as const;
export type TRole = (typeof ROLES)[number];

/** Types of partner social structure. */
export const STRUCTURE_TYPES = [
  'association',
  'ccas',
  'ase',
  'school',
  'e2c',
  'chrs',
  'mission_locale',
  'other',
] as const;
export type TStructureType = (typeof STRUCTURE_TYPES)[number];

/** Interface languages, French first. */
export const LOCALES = ['fr', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];
