import type { TOrganisationKind, TRole, TStructureType } from '../../shared/enums';

/**
 * The demo world, as plain data (seeded by `demo.ts`). Names of networks and of the mentoring
 * collective's members come from the "Connexion d'Urgence" documents; every other company,
 * foundation and street number is invented. Legal ids are generated (Luhn-valid, fictitious).
 */

/** An address as a person types it: the geo data fills commune, département and région. */
export interface TDemoAddress {
  label: string;
  line1: string;
  postalCode: string;
  /** Only for postal codes shared by several communes. */
  communeCode?: string;
}

/** Any organisation but a structure. */
export interface TDemoOrganisation {
  key: string;
  kind: Exclude<TOrganisationKind, 'structure'>;
  name: string;
  email?: string;
  phone?: string;
  /** A SIREN is generated for donors, funders, suppliers and telecom partners. */
  hasSiren?: boolean;
  address?: TDemoAddress;
}

/** A partner structure, with its networks (by key) and delivery addresses. */
export interface TDemoStructure {
  key: string;
  name: string;
  type: TStructureType;
  networks: string[];
  addresses: [TDemoAddress, ...TDemoAddress[]];
  email: string;
}

/** A person and the roles they hold (organisation key → role). */
export interface TDemoUser {
  email: string;
  displayName: string;
  locale?: 'fr' | 'en';
  memberships: { org: string; role: TRole }[];
}

/** The bank's name, also written to the settings so admins can change it. */
export const DEMO_BANK_NAME = 'Banque Passerelle';

/**
 * Networks. The Collectif Mentorat is ONE network and its eight associations are structures in
 * it: each association asks for devices for the young people it mentors and receives them,
 * while quotas and reports are per collective (1,100 devices in the seeds), exactly like the
 * ASE services inside the ASE network. Networks do not nest in the model.
 */
export const DEMO_NETWORKS: TDemoOrganisation[] = [
  { key: 'mentorat', kind: 'network', name: 'Collectif Mentorat' },
  { key: 'ase', kind: 'network', name: 'Aide sociale à l’enfance (ASE)' },
  { key: 'fas', kind: 'network', name: 'Fédération des acteurs de la solidarité (FAS)' },
  { key: 'e2c', kind: 'network', name: 'Réseau des Écoles de la deuxième chance (E2C)' },
  { key: 'crf', kind: 'network', name: 'Croix-Rouge française' },
  { key: 'spf', kind: 'network', name: 'Secours populaire français' },
];

/** The bank, its warehouses, workshop, partners and welcome points. */
export const DEMO_ORGANISATIONS: TDemoOrganisation[] = [
  {
    key: 'bank',
    kind: 'bank',
    name: DEMO_BANK_NAME,
    email: 'contact@passerelle.demo',
    phone: '01 84 60 12 00',
    address: { label: 'Siège', line1: '24 rue de la Fontaine-au-Roi', postalCode: '75011' },
  },
  {
    key: 'warehouse-paris',
    kind: 'warehouse',
    name: 'Entrepôt Paris-Nord',
    address: { label: 'Entrepôt', line1: '8 rue du Landy', postalCode: '93200' },
  },
  {
    key: 'warehouse-lyon',
    kind: 'warehouse',
    name: 'Entrepôt Lyon-Vénissieux',
    address: { label: 'Entrepôt', line1: '45 boulevard Joliot-Curie', postalCode: '69200' },
  },
  {
    key: 'workshop',
    kind: 'workshop',
    name: 'Ateliers du Bocage',
    email: 'atelier@bocage.demo',
    hasSiren: true,
    // 79140 covers six communes: the commune must be chosen.
    address: {
      label: 'Atelier',
      line1: 'Zone artisanale Le Pas',
      postalCode: '79140',
      communeCode: '79210',
    },
  },
  {
    key: 'donor-numeria',
    kind: 'donor',
    name: 'Numéria Services',
    hasSiren: true,
    email: 'rse@numeria.demo',
    address: { label: 'Siège', line1: '5 place de la Défense', postalCode: '92400' },
  },
  {
    key: 'donor-hexagone',
    kind: 'donor',
    name: 'Hexagone Assurances Mutuelles',
    hasSiren: true,
    address: {
      label: 'Siège',
      line1: '12 avenue de Limoges',
      postalCode: '79000',
      communeCode: '79191',
    },
  },
  {
    key: 'donor-rhone',
    kind: 'donor',
    name: 'Banque Coopérative du Rhône',
    hasSiren: true,
    address: { label: 'Siège', line1: '30 quai Saint-Antoine', postalCode: '69002' },
  },
  {
    key: 'donor-garonne',
    kind: 'donor',
    name: 'Garonne Logistique',
    hasSiren: true,
    address: { label: 'Siège', line1: '3 allées Jean-Jaurès', postalCode: '31000' },
  },
  {
    key: 'funder-telecom',
    kind: 'funder',
    name: 'Fondation Connexions Solidaires',
    hasSiren: true,
    email: 'fondation@connexions-solidaires.demo',
  },
  {
    key: 'funder-jeunesse',
    kind: 'funder',
    name: 'Fondation Cap Jeunesse',
    hasSiren: true,
    email: 'programmes@cap-jeunesse.demo',
  },
  {
    key: 'funder-93',
    kind: 'funder',
    name: 'Département de la Seine-Saint-Denis',
    email: 'inclusion@seinesaintdenis.demo',
  },
  { key: 'funder-numeria', kind: 'funder', name: 'Fondation d’entreprise Numéria', hasSiren: true },
  {
    key: 'supplier',
    kind: 'supplier',
    name: 'Seconde Vie Informatique',
    hasSiren: true,
    email: 'commandes@secondevie.demo',
    address: { label: 'Plateforme', line1: '14 rue des Alouettes', postalCode: '94150' },
  },
  {
    key: 'telecom',
    kind: 'telecom',
    name: 'Alizé Mobile',
    hasSiren: true,
    email: 'partenariats@alize-mobile.demo',
  },
  {
    key: 'welcome-paris',
    kind: 'welcome_point',
    name: 'Point d’accueil Paris 20e — Belleville',
    address: { label: 'Accueil', line1: '63 rue de Belleville', postalCode: '75020' },
  },
  {
    key: 'welcome-marseille',
    kind: 'welcome_point',
    name: 'Point d’accueil Marseille — Belsunce',
    address: { label: 'Accueil', line1: '17 cours Belsunce', postalCode: '13001' },
  },
];

/** People: one per role (the demo logins), a referent in two structures, and colleagues. */
export const DEMO_USERS: TDemoUser[] = [
  {
    email: 'admin@passerelle.demo',
    displayName: 'Camille Martin',
    memberships: [{ org: 'bank', role: 'admin' }],
  },
  {
    email: 'coordination@passerelle.demo',
    displayName: 'Karim Benali',
    memberships: [{ org: 'bank', role: 'coordinator' }],
  },
  {
    email: 'atelier@passerelle.demo',
    displayName: 'Julie Moreau',
    memberships: [{ org: 'workshop', role: 'workshop_operator' }],
  },
  {
    email: 'referente@passerelle.demo',
    displayName: 'Sophie Lefèvre',
    memberships: [{ org: 'ase93', role: 'referent' }],
  },
  {
    email: 'mecenat@passerelle.demo',
    displayName: 'Thomas Garnier',
    memberships: [{ org: 'donor-numeria', role: 'donor_contact' }],
  },
  {
    email: 'financeur@passerelle.demo',
    displayName: 'Nadia Haddad',
    memberships: [{ org: 'funder-jeunesse', role: 'funder' }],
  },
  {
    email: 'benevole@passerelle.demo',
    displayName: 'Pierre Dubois',
    memberships: [{ org: 'welcome-paris', role: 'volunteer' }],
  },
  {
    email: 'deux-structures@passerelle.demo',
    displayName: 'Léa Rousseau',
    memberships: [
      { org: 'e2c93', role: 'referent' },
      { org: 'college93', role: 'referent' },
    ],
  },
  {
    email: 'yasmine.belkacem@e2c-marseille.demo',
    displayName: 'Yasmine Belkacem',
    memberships: [{ org: 'e2c13', role: 'referent' }],
  },
  {
    email: 'marc.lemaire@ccas-amiens.demo',
    displayName: 'Marc Lemaire',
    memberships: [{ org: 'ccas80', role: 'referent' }],
  },
  {
    email: 'ines.carpentier@chrs-lephare.demo',
    displayName: 'Inès Carpentier',
    memberships: [{ org: 'chrs67', role: 'referent' }],
  },
  {
    email: 'hugo.vasseur@afev.demo',
    displayName: 'Hugo Vasseur',
    locale: 'en',
    memberships: [{ org: 'afev', role: 'referent' }],
  },
  {
    email: 'amandine.roy@passerelle.demo',
    displayName: 'Amandine Roy',
    memberships: [{ org: 'welcome-marseille', role: 'volunteer' }],
  },
];
