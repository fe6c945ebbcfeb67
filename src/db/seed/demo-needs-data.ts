import type {
  TAgeBand,
  TNeedKind,
  TRequestStatus,
  TSituation,
  TSchoolLevel,
  TUrgency,
  TUrgencyReason,
} from '../../shared/needs-enums';

/** A demo request line: kind, quantity asked, minimum tier, approved (when decided). */
export type TDemoLine = [kind: TNeedKind, asked: number, minTier: number | null, approved?: number];

/** A demo request of a structure (by its demo key), `daysAgo` submitted. */
export interface TDemoRequest {
  structure: string;
  status: TRequestStatus;
  urgency: TUrgency;
  reason?: TUrgencyReason;
  daysAgo: number;
  lines: TDemoLine[];
  /** Beneficiaries recorded and linked to the first line. */
  people: number;
  message?: string;
  /** A line decided with fewer than asked gets this reason. */
  cut?: string;
  /** The 2020 operation (closed, fulfilled) instead of the current wave. */
  past?: boolean;
}

/**
 * Requests of the demo: every network, some 17 départements, every state the review desk shows,
 * old and fresh submissions (the weights' waiting time), urgent exam and drop-out cases.
 */
export const DEMO_REQUESTS: TDemoRequest[] = [
  {
    structure: 'ase93',
    status: 'fulfilled',
    urgency: 'critical',
    reason: 'risk_of_dropping_out',
    daysAgo: 40,
    lines: [['laptop', 120, 1, 100]],
    people: 6,
    cut: 'Stock épuisé au printemps 2020',
    past: true,
  },
  {
    structure: 'afev',
    status: 'fulfilled',
    urgency: 'high',
    reason: 'exam',
    daysAgo: 40,
    lines: [['laptop', 60, 1, 60]],
    people: 4,
    past: true,
  },
  {
    structure: 'ase93',
    status: 'submitted',
    urgency: 'critical',
    reason: 'risk_of_dropping_out',
    daysAgo: 12,
    lines: [
      ['laptop', 25, 2],
      ['sim_recharge', 25, null],
    ],
    people: 5,
  },
  {
    structure: 'ase93',
    status: 'draft',
    urgency: 'normal',
    daysAgo: 0,
    lines: [['tablet', 10, 1]],
    people: 3,
  },
  {
    structure: 'ase59',
    status: 'under_review',
    urgency: 'high',
    reason: 'exam',
    daysAgo: 20,
    lines: [
      ['laptop', 40, 2],
      ['router_4g', 10, null],
    ],
    people: 5,
  },
  {
    structure: 'ase13',
    status: 'approved',
    urgency: 'critical',
    reason: 'exam',
    daysAgo: 30,
    lines: [
      ['laptop', 30, 2, 30],
      ['tablet', 15, 1, 10],
    ],
    people: 5,
    cut: 'Tablettes réservées aux moins de 11 ans',
  },
  {
    structure: 'ase69',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 3,
    lines: [['laptop', 15, 1]],
    people: 4,
  },
  {
    structure: 'ase974',
    status: 'needs_information',
    urgency: 'high',
    reason: 'administrative_deadline',
    daysAgo: 8,
    lines: [['laptop', 12, 1]],
    people: 3,
    message: 'Pouvez-vous confirmer l’adresse de livraison à Saint-Denis (transport maritime) ?',
  },
  {
    structure: 'afev',
    status: 'approved',
    urgency: 'normal',
    daysAgo: 25,
    lines: [['laptop', 20, 1, 20]],
    people: 5,
  },
  {
    structure: 'article1',
    status: 'submitted',
    urgency: 'high',
    reason: 'exam',
    daysAgo: 6,
    lines: [['laptop', 10, 2]],
    people: 4,
  },
  {
    structure: 'chemins',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 15,
    lines: [['laptop', 8, 1]],
    people: 3,
  },
  {
    structure: 'telemaque',
    status: 'rejected',
    urgency: 'normal',
    daysAgo: 40,
    lines: [['tablet', 5, 1]],
    people: 2,
    message: 'Jeunes déjà équipés par le dispositif de l’Éducation nationale.',
  },
  {
    structure: 'nqt',
    status: 'approved',
    urgency: 'high',
    reason: 'administrative_deadline',
    daysAgo: 18,
    lines: [['laptop', 12, 2, 12]],
    people: 4,
  },
  {
    structure: 'e2c93',
    status: 'under_review',
    urgency: 'normal',
    daysAgo: 10,
    lines: [
      ['laptop', 18, 1],
      ['smartphone', 6, 1],
    ],
    people: 5,
  },
  {
    structure: 'e2c13',
    status: 'submitted',
    urgency: 'high',
    reason: 'risk_of_dropping_out',
    daysAgo: 45,
    lines: [['laptop', 20, 1]],
    people: 5,
  },
  {
    structure: 'e2c76',
    status: 'approved',
    urgency: 'normal',
    daysAgo: 22,
    lines: [['laptop', 10, 1, 10]],
    people: 4,
  },
  {
    structure: 'chrs67',
    status: 'submitted',
    urgency: 'critical',
    reason: 'administrative_deadline',
    daysAgo: 2,
    lines: [
      ['smartphone', 10, 1],
      ['sim_recharge', 20, null],
    ],
    people: 5,
  },
  {
    structure: 'chrs44',
    status: 'approved',
    urgency: 'high',
    reason: 'other',
    daysAgo: 16,
    lines: [
      ['tablet', 8, 1, 8],
      ['router_4g', 4, null, 4],
    ],
    people: 4,
  },
  {
    structure: 'horizon',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 9,
    lines: [['laptop', 6, 1]],
    people: 3,
  },
  {
    structure: 'lefil',
    status: 'withdrawn',
    urgency: 'normal',
    daysAgo: 30,
    lines: [['laptop', 4, 1]],
    people: 2,
    message: 'Besoin couvert par la mairie.',
  },
  {
    structure: 'crf31',
    status: 'submitted',
    urgency: 'high',
    reason: 'other',
    daysAgo: 11,
    lines: [
      ['smartphone', 15, 1],
      ['sim_recharge', 30, null],
    ],
    people: 5,
  },
  {
    structure: 'crf35',
    status: 'approved',
    urgency: 'normal',
    daysAgo: 19,
    lines: [['tablet', 12, 1, 12]],
    people: 4,
  },
  {
    structure: 'spf59',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 60,
    lines: [['laptop', 25, 1]],
    people: 5,
  },
  {
    structure: 'spf63',
    status: 'under_review',
    urgency: 'high',
    reason: 'exam',
    daysAgo: 7,
    lines: [['laptop', 10, 2]],
    people: 4,
  },
  {
    structure: 'ccas38',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 5,
    lines: [['tablet', 6, 1]],
    people: 3,
  },
  {
    structure: 'ml33',
    status: 'approved',
    urgency: 'normal',
    daysAgo: 14,
    lines: [
      ['laptop', 8, 1, 8],
      ['smartphone', 4, 1, 4],
    ],
    people: 4,
  },
  {
    structure: 'lycee59',
    status: 'submitted',
    urgency: 'critical',
    reason: 'exam',
    daysAgo: 4,
    lines: [['laptop', 30, 2]],
    people: 5,
  },
  {
    structure: 'socrate',
    status: 'submitted',
    urgency: 'normal',
    daysAgo: 13,
    lines: [['laptop', 6, 1]],
    people: 3,
  },
  {
    structure: 'ccas80',
    status: 'approved',
    urgency: 'normal',
    daysAgo: 27,
    lines: [['tablet', 10, 1, 6]],
    people: 4,
    cut: 'Une tablette par foyer',
  },
  {
    structure: 'ml57',
    status: 'submitted',
    urgency: 'high',
    reason: 'administrative_deadline',
    daysAgo: 8,
    lines: [
      ['smartphone', 12, 1],
      ['sim_recharge', 12, null],
    ],
    people: 4,
  },
  {
    structure: 'college93',
    status: 'submitted',
    urgency: 'high',
    reason: 'exam',
    daysAgo: 5,
    lines: [['tablet', 20, 1]],
    people: 4,
  },
];

/** The profile of the people a structure type follows. */
export const DEMO_PROFILES: Record<
  string,
  { ageBand: TAgeBand; situation: TSituation; schoolLevel: TSchoolLevel | null }[]
> = {
  ase: [
    { ageBand: '15_17', situation: 'lyceen', schoolLevel: 'lycee_terminale' },
    { ageBand: '11_14', situation: 'collegien', schoolLevel: 'college_3e' },
    { ageBand: '15_17', situation: 'apprentice', schoolLevel: 'cap' },
  ],
  association: [
    { ageBand: '15_17', situation: 'lyceen', schoolLevel: 'lycee_1re' },
    { ageBand: '11_14', situation: 'collegien', schoolLevel: 'college_4e' },
    { ageBand: '18_25', situation: 'student', schoolLevel: 'university' },
  ],
  school: [
    { ageBand: '15_17', situation: 'lyceen', schoolLevel: 'lycee_terminale' },
    { ageBand: '11_14', situation: 'collegien', schoolLevel: 'college_3e' },
  ],
  e2c: [{ ageBand: '18_25', situation: 'job_seeker', schoolLevel: null }],
  mission_locale: [{ ageBand: '18_25', situation: 'job_seeker', schoolLevel: null }],
  chrs: [
    { ageBand: '26_64', situation: 'family', schoolLevel: null },
    { ageBand: '18_25', situation: 'job_seeker', schoolLevel: null },
  ],
  ccas: [
    { ageBand: '65_plus', situation: 'other', schoolLevel: null },
    { ageBand: '26_64', situation: 'family', schoolLevel: null },
  ],
  other: [{ ageBand: '18_25', situation: 'other', schoolLevel: null }],
};
