import type { TLocale } from '../../shared/enums';
import { KIND_LABEL } from './needs-templates';

/** Mails of the allocation area, in French and English. */
export type TAllocationMailTemplate = {
  kind: 'request_allocated';
  number: string;
  structureName: string;
  waveNumber: string;
  /** Units reserved by this wave per line, and how many the line had approved. */
  lines: { kind: string; allocated: number; approved: number; totalAllocated: number }[];
  link: string;
};

/** True for the templates rendered here (templates.ts delegates them). */
export function isAllocationMailTemplate(t: { kind: string }): t is TAllocationMailTemplate {
  return t.kind === 'request_allocated';
}

/** Renders an allocation mail's subject and plain-text body. */
export function renderAllocationMail(
  t: TAllocationMailTemplate,
  locale: TLocale,
  appName: string,
): { subject: string; text: string } {
  const en = locale === 'en';
  const lines = t.lines
    .map((l) => {
      const kind = KIND_LABEL[l.kind]?.[en ? 'en' : 'fr'] ?? l.kind;
      return en
        ? `- ${kind}: ${l.allocated} reserved now (${l.totalAllocated} of ${l.approved} approved)`
        : `- ${kind} : ${l.allocated} réservé(s) maintenant (${l.totalAllocated} sur ${l.approved} accordé(s))`;
    })
    .join('\n');
  if (en) {
    return {
      subject: `${appName}: equipment reserved for request ${t.number}`,
      text:
        `Hello,\n\nThe allocation wave ${t.waveNumber} reserved equipment for the request ${t.number} of ${t.structureName}:\n` +
        `${lines}\n\nWe will tell you when it ships. See the devices reserved for you here:\n${t.link}`,
    };
  }
  return {
    subject: `${appName} : matériel réservé pour la demande ${t.number}`,
    text:
      `Bonjour,\n\nLa vague d'attribution ${t.waveNumber} a réservé du matériel pour la demande ${t.number} de ${t.structureName} :\n` +
      `${lines}\n\nNous vous préviendrons de l'expédition. Retrouvez le matériel qui vous est réservé ici :\n${t.link}`,
  };
}
