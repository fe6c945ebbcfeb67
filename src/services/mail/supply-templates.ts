import type { TLocale } from '../../shared/enums';
import type { TDonationStatus } from '../../shared/supply-enums';
import { frenchDate } from '../../domain/supply/dates';

/** Mails of the supply area (donation lots), in French and English. */
export type TSupplyMailTemplate = {
  kind: 'donation_update';
  reference: string;
  companyName: string;
  status: TDonationStatus;
  /** A reason (declined, cancelled), a message, or the pickup details. */
  note: string | null;
  /** The planned pickup, when the mail announces one. */
  pickup?: { date: string; timeSlot: string | null; by: string | null } | null;
  link: string;
};

/** True for the templates rendered here (templates.ts delegates them). */
export function isSupplyMailTemplate(t: { kind: string }): t is TSupplyMailTemplate {
  return t.kind === 'donation_update';
}

const STATUS_FR: Record<TDonationStatus, string> = {
  declared: 'a bien été déclaré',
  accepted: 'a été accepté',
  declined: "n'a pas pu être accepté",
  pickup_scheduled: 'a un enlèvement planifié',
  collected: 'a été enlevé',
  received: 'a été reçu et compté à notre entrepôt',
  processed: 'a été entièrement traité',
  closed: 'est clôturé',
  cancelled: 'a été annulé',
};
const STATUS_EN: Record<TDonationStatus, string> = {
  declared: 'has been declared',
  accepted: 'has been accepted',
  declined: 'could not be accepted',
  pickup_scheduled: 'has a pickup scheduled',
  collected: 'has been collected',
  received: 'has been received and counted at our warehouse',
  processed: 'has been fully processed',
  closed: 'is closed',
  cancelled: 'has been cancelled',
};

/** Renders a supply mail's subject and plain-text body. */
export function renderSupplyMail(
  t: TSupplyMailTemplate,
  locale: TLocale,
  appName: string,
): { subject: string; text: string } {
  const p = t.pickup;
  if (locale === 'en') {
    const pickup = p
      ? `\nPickup on ${p.date}${p.timeSlot ? ` (${p.timeSlot})` : ''}${p.by ? ` by ${p.by}` : ''}.\n`
      : '';
    return {
      subject: `${appName}: donation ${t.reference} ${STATUS_EN[t.status]}`,
      text:
        `Hello,\n\nThe donation ${t.reference} of ${t.companyName} ${STATUS_EN[t.status]}.\n` +
        pickup +
        (t.note ? `\n${t.note}\n` : '') +
        `\nFollow each step and download your documents here:\n${t.link}\n\nThank you for your support.`,
    };
  }
  const pickup = p
    ? `\nEnlèvement prévu le ${frenchDate(p.date)}${p.timeSlot ? ` (${p.timeSlot})` : ''}${p.by ? ` par ${p.by}` : ''}.\n`
    : '';
  return {
    subject: `${appName} : le don ${t.reference} ${STATUS_FR[t.status]}`,
    text:
      `Bonjour,\n\nLe don ${t.reference} de ${t.companyName} ${STATUS_FR[t.status]}.\n` +
      pickup +
      (t.note ? `\n${t.note}\n` : '') +
      `\nSuivez chaque étape et téléchargez vos documents ici :\n${t.link}\n\nMerci pour votre soutien.`,
  };
}
