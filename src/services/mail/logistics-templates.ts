import type { TLocale } from '../../shared/enums';

/** Mails of logistics and handover, in French and English. */
export type TLogisticsMailTemplate =
  | {
      kind: 'shipment_reception_reminder';
      reference: string;
      structureName: string;
      deliveredOn: string;
      link: string;
    }
  | {
      kind: 'loans_due_reminder';
      structureName: string;
      loans: { assetTag: string; beneficiaryReference: string; returnDueOn: string }[];
      link: string;
    }
  | { kind: 'handover_follow_up'; structureName: string; count: number; link: string };

const KINDS = new Set(['shipment_reception_reminder', 'loans_due_reminder', 'handover_follow_up']);

/** True for the templates rendered here (templates.ts delegates them). */
export function isLogisticsMailTemplate(t: { kind: string }): t is TLogisticsMailTemplate {
  return KINDS.has(t.kind);
}

/** Renders a logistics mail's subject and plain-text body. */
export function renderLogisticsMail(
  t: TLogisticsMailTemplate,
  locale: TLocale,
  appName: string,
): { subject: string; text: string } {
  const en = locale === 'en';
  switch (t.kind) {
    case 'shipment_reception_reminder':
      return en
        ? {
            subject: `${appName}: please confirm the reception of shipment ${t.reference}`,
            text: `Hello,\n\nThe carrier delivered the shipment ${t.reference} to ${t.structureName} on ${t.deliveredOn}, but its reception has not been confirmed yet.\nTick or scan each device received, and report any missing or damaged one:\n${t.link}`,
          }
        : {
            subject: `${appName} : confirmez la réception de l’expédition ${t.reference}`,
            text: `Bonjour,\n\nLe transporteur a livré l’expédition ${t.reference} à ${t.structureName} le ${t.deliveredOn}, mais sa réception n’est pas encore confirmée.\nCochez ou scannez chaque appareil reçu et signalez ceux qui manquent ou sont abîmés :\n${t.link}`,
          };
    case 'loans_due_reminder': {
      const lines = t.loans
        .map((l) =>
          en
            ? `- ${l.assetTag} lent to ${l.beneficiaryReference}, due back on ${l.returnDueOn}`
            : `- ${l.assetTag} prêté à ${l.beneficiaryReference}, à rendre le ${l.returnDueOn}`,
        )
        .join('\n');
      return en
        ? {
            subject: `${appName}: loans due back at ${t.structureName}`,
            text: `Hello,\n\nThese loaned devices are due back soon or overdue:\n${lines}\n\nRecord their return, or extend the loan with the beneficiary:\n${t.link}`,
          }
        : {
            subject: `${appName} : prêts à rendre pour ${t.structureName}`,
            text: `Bonjour,\n\nCes appareils prêtés doivent bientôt être rendus, ou sont en retard :\n${lines}\n\nEnregistrez leur retour, ou voyez avec le ou la bénéficiaire :\n${t.link}`,
          };
    }
    case 'handover_follow_up':
      return en
        ? {
            subject: `${appName}: how are the devices you handed over doing?`,
            text: `Hello,\n\n${t.count} device(s) handed over by ${t.structureName} some months ago: are they still in use? Is there enough data? Would the person like some training?\nOne short question per device:\n${t.link}`,
          }
        : {
            subject: `${appName} : que deviennent les appareils remis ?`,
            text: `Bonjour,\n\n${t.count} appareil(s) remis par ${t.structureName} il y a quelques mois : sont-ils toujours utilisés ? Les données suffisent-elles ? Une formation serait-elle utile ?\nUne courte question par appareil :\n${t.link}`,
          };
  }
}
