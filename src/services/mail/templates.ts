import type { TLocale } from '../../shared/enums';
import {
  isAllocationMailTemplate,
  renderAllocationMail,
  type TAllocationMailTemplate,
} from './allocation-templates';
import { isNeedsMailTemplate, renderNeedsMail, type TNeedsMailTemplate } from './needs-templates';
import {
  isLogisticsMailTemplate,
  renderLogisticsMail,
  type TLogisticsMailTemplate,
} from './logistics-templates';
import {
  isSupplyMailTemplate,
  renderSupplyMail,
  type TSupplyMailTemplate,
} from './supply-templates';

/** Mails the app sends, each in French and English. */
export type TMailTemplate =
  | { kind: 'invitation'; link: string; organisationName: string; inviterName: string }
  | { kind: 'password_reset'; link: string }
  | { kind: 'role_granted'; link: string; organisationName: string; inviterName: string }
  | TNeedsMailTemplate
  | TSupplyMailTemplate
  | TAllocationMailTemplate
  | TLogisticsMailTemplate;

/** Renders a mail's subject and plain-text body in the recipient's language. */
export function renderMail(
  template: TMailTemplate,
  locale: TLocale,
  appName: string,
): { subject: string; text: string } {
  if (isNeedsMailTemplate(template)) return renderNeedsMail(template, locale, appName);
  if (isSupplyMailTemplate(template)) return renderSupplyMail(template, locale, appName);
  if (isAllocationMailTemplate(template)) return renderAllocationMail(template, locale, appName);
  if (isLogisticsMailTemplate(template)) return renderLogisticsMail(template, locale, appName);
  if (template.kind === 'role_granted') {
    return locale === 'en'
      ? {
          subject: `${appName}: new role for ${template.organisationName}`,
          text: `Hello,\n\n${template.inviterName} gave you access to ${template.organisationName} in ${appName}.\nLog in with your usual password, then choose this organisation in the role switcher at the top of the screen:\n${template.link}`,
        }
      : {
          subject: `${appName} : nouveau rôle pour ${template.organisationName}`,
          text: `Bonjour,\n\n${template.inviterName} vous a donné accès à ${template.organisationName} dans ${appName}.\nConnectez-vous avec votre mot de passe habituel, puis choisissez cette organisation dans le sélecteur de rôle en haut de l'écran :\n${template.link}`,
        };
  }
  if (template.kind === 'invitation') {
    return locale === 'en'
      ? {
          subject: `${appName}: you are invited to join ${template.organisationName}`,
          text: `Hello,\n\n${template.inviterName} invites you to use ${appName} for ${template.organisationName}.\nChoose your password with this link (valid 7 days, usable once):\n${template.link}\n\nIf you were not expecting this message, ignore it.`,
        }
      : {
          subject: `${appName} : invitation à rejoindre ${template.organisationName}`,
          text: `Bonjour,\n\n${template.inviterName} vous invite à utiliser ${appName} pour ${template.organisationName}.\nChoisissez votre mot de passe avec ce lien (valable 7 jours, une seule fois) :\n${template.link}\n\nSi vous n'attendiez pas ce message, ignorez-le.`,
        };
  }
  return locale === 'en'
    ? {
        subject: `${appName}: reset your password`,
        text: `Hello,\n\nSomeone asked to reset the password of this account. Choose a new one with this link (valid 1 hour, usable once):\n${template.link}\n\nIf it was not you, ignore this message: your password stays the same.`,
      }
    : {
        subject: `${appName} : réinitialiser votre mot de passe`,
        text: `Bonjour,\n\nUne demande de réinitialisation du mot de passe de ce compte a été faite. Choisissez-en un nouveau avec ce lien (valable 1 heure, une seule fois) :\n${template.link}\n\nSi ce n'était pas vous, ignorez ce message : votre mot de passe reste le même.`,
      };
}
