import type { TLocale } from '../../shared/enums';
import type { TRequestStatus } from '../../shared/needs-enums';

/** Mails of the needs area (applications, requests, yearly confirmation), in French and English. */
export type TNeedsMailTemplate =
  | { kind: 'application_received'; structureName: string }
  | { kind: 'application_approved'; structureName: string; loginLink: string }
  | { kind: 'application_needs_information'; structureName: string; message: string; link: string }
  | { kind: 'application_rejected'; structureName: string; reason: string }
  | {
      kind: 'request_update';
      number: string;
      structureName: string;
      status: TRequestStatus;
      reason: string | null;
      /** Line decisions, when a request is approved (possibly fewer than asked). */
      lines?: { kind: string; asked: number; approved: number; reason: string | null }[] | null;
      link: string;
    }
  | {
      kind: 'request_submitted';
      number: string;
      structureName: string;
      networkName: string;
      link: string;
    }
  | {
      kind: 'confirmation_due';
      structureName: string;
      dueOn: string;
      overdue: boolean;
      link: string;
    };

/** Kinds handled here (templates.ts delegates them). */
const NEEDS_MAIL_KINDS = new Set<string>([
  'application_received',
  'application_approved',
  'application_needs_information',
  'application_rejected',
  'request_update',
  'request_submitted',
  'confirmation_due',
]);

/** True for the mails of this file, so templates.ts can delegate them. */
export function isNeedsMailTemplate(t: { kind: string }): t is TNeedsMailTemplate {
  return NEEDS_MAIL_KINDS.has(t.kind);
}

const STATUS_LABEL: Record<TRequestStatus, { fr: string; en: string }> = {
  draft: { fr: 'brouillon', en: 'draft' },
  submitted: { fr: 'envoyée', en: 'submitted' },
  under_review: { fr: "en cours d'examen", en: 'under review' },
  needs_information: {
    fr: 'en attente de précisions de votre part',
    en: 'waiting for more information from you',
  },
  approved: { fr: 'acceptée', en: 'approved' },
  rejected: { fr: 'refusée', en: 'rejected' },
  partly_fulfilled: { fr: 'partiellement livrée', en: 'partly delivered' },
  fulfilled: { fr: 'livrée', en: 'delivered' },
  closed: { fr: 'clôturée', en: 'closed' },
  withdrawn: { fr: 'retirée', en: 'withdrawn' },
};

export const KIND_LABEL: Record<string, { fr: string; en: string }> = {
  laptop: { fr: 'Ordinateur portable', en: 'Laptop' },
  desktop: { fr: 'Ordinateur fixe', en: 'Desktop computer' },
  tablet: { fr: 'Tablette', en: 'Tablet' },
  smartphone: { fr: 'Smartphone', en: 'Smartphone' },
  router_4g: { fr: 'Routeur 4G', en: '4G router' },
  sim_recharge: { fr: 'Recharge SIM', en: 'SIM recharge' },
};

type TRendered = { subject: string; text: string };

/** Renders a needs-area mail in the recipient's language. */
export function renderNeedsMail(t: TNeedsMailTemplate, locale: TLocale, app: string): TRendered {
  const en = locale === 'en';
  switch (t.kind) {
    case 'application_received':
      return en
        ? {
            subject: `${app}: application of ${t.structureName} received`,
            text: `Hello,\n\nWe have received the application of ${t.structureName} to join ${app}. A coordinator will review it and you will be told of the decision by e-mail.\n\nThank you.`,
          }
        : {
            subject: `${app} : candidature de ${t.structureName} reçue`,
            text: `Bonjour,\n\nNous avons bien reçu la candidature de ${t.structureName} pour rejoindre ${app}. Une coordinatrice ou un coordinateur va l'examiner ; vous recevrez la décision par courriel.\n\nMerci.`,
          };
    case 'application_approved':
      return en
        ? {
            subject: `${app}: ${t.structureName} is approved`,
            text: `Hello,\n\nGood news: ${t.structureName} has joined ${app}. Each referent named in the application receives an invitation to choose a password.\nThen log in here: ${t.loginLink}\n\nWelcome!`,
          }
        : {
            subject: `${app} : ${t.structureName} est acceptée`,
            text: `Bonjour,\n\nBonne nouvelle : ${t.structureName} a rejoint ${app}. Chaque référent·e indiqué·e dans la candidature reçoit une invitation pour choisir son mot de passe.\nEnsuite, connectez-vous ici : ${t.loginLink}\n\nBienvenue !`,
          };
    case 'application_needs_information':
      return en
        ? {
            subject: `${app}: more information needed about ${t.structureName}`,
            text: `Hello,\n\nA coordinator needs more information before deciding on the application of ${t.structureName}:\n\n${t.message}\n\nComplete and resubmit the application with this link (valid 30 days, usable once):\n${t.link}`,
          }
        : {
            subject: `${app} : précisions demandées pour ${t.structureName}`,
            text: `Bonjour,\n\nAvant de se prononcer sur la candidature de ${t.structureName}, la coordination a besoin de précisions :\n\n${t.message}\n\nComplétez et renvoyez la candidature avec ce lien (valable 30 jours, une seule fois) :\n${t.link}`,
          };
    case 'application_rejected':
      return en
        ? {
            subject: `${app}: application of ${t.structureName} declined`,
            text: `Hello,\n\nWe are sorry: the application of ${t.structureName} was declined for this reason:\n\n${t.reason}\n\nYou may apply again when the situation changes.`,
          }
        : {
            subject: `${app} : candidature de ${t.structureName} non retenue`,
            text: `Bonjour,\n\nNous sommes désolés : la candidature de ${t.structureName} n'a pas été retenue, pour la raison suivante :\n\n${t.reason}\n\nVous pourrez candidater de nouveau si la situation évolue.`,
          };
    case 'request_update': {
      const label = STATUS_LABEL[t.status][en ? 'en' : 'fr'];
      const why = t.reason ? (en ? `\n\nMessage: ${t.reason}` : `\n\nMessage : ${t.reason}`) : '';
      const decided = (t.lines ?? [])
        .map((l) => {
          const kind = KIND_LABEL[l.kind]?.[en ? 'en' : 'fr'] ?? l.kind;
          const note = l.reason ? ` — ${l.reason}` : '';
          return en
            ? `\n- ${kind}: ${l.approved} approved of ${l.asked} asked${note}`
            : `\n- ${kind} : ${l.approved} accordé(s) sur ${l.asked} demandé(s)${note}`;
        })
        .join('');
      return en
        ? {
            subject: `${app}: request ${t.number} is ${label}`,
            text: `Hello,\n\nRequest ${t.number} of ${t.structureName} is now ${label}.${decided}${why}\n\nSee where it stands: ${t.link}`,
          }
        : {
            subject: `${app} : demande ${t.number} ${label}`,
            text: `Bonjour,\n\nLa demande ${t.number} de ${t.structureName} est désormais ${label}.${decided}${why}\n\nOù en est-elle : ${t.link}`,
          };
    }
    case 'request_submitted':
      return en
        ? {
            subject: `${app}: new request ${t.number} from ${t.structureName}`,
            text: `Hello,\n\n${t.structureName} (${t.networkName}) has submitted request ${t.number}.\nReview it here: ${t.link}`,
          }
        : {
            subject: `${app} : nouvelle demande ${t.number} de ${t.structureName}`,
            text: `Bonjour,\n\n${t.structureName} (${t.networkName}) a envoyé la demande ${t.number}.\nPour l'examiner : ${t.link}`,
          };
    case 'confirmation_due':
      return en
        ? {
            subject: `${app}: please confirm the details of ${t.structureName}`,
            text: `Hello,\n\n${t.overdue ? `The yearly confirmation of the details of ${t.structureName} was due on ${t.dueOn}.` : `The yearly confirmation of the details of ${t.structureName} is due on ${t.dueOn}.`}\nCheck the address, contacts and public served, then confirm here: ${t.link}\n\nThank you.`,
          }
        : {
            subject: `${app} : merci de confirmer les informations de ${t.structureName}`,
            text: `Bonjour,\n\n${t.overdue ? `La confirmation annuelle des informations de ${t.structureName} était attendue pour le ${t.dueOn}.` : `La confirmation annuelle des informations de ${t.structureName} est attendue pour le ${t.dueOn}.`}\nVérifiez l'adresse, les contacts et le public accompagné, puis confirmez ici : ${t.link}\n\nMerci.`,
          };
  }
}
