import type { TLocale } from '../../shared/enums';

/** Mails the app sends, each in French and English. */
export type TMailTemplate =
  | { kind: 'invitation'; link: string; organisationName: string; inviterName: string }
  | { kind: 'password_reset'; link: string };

/** Renders a mail's subject and plain-text body in the recipient's language. */
export function renderMail(
  template: TMailTemplate,
  locale: TLocale,
  appName: string,
): { subject: string; text: string } {
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
