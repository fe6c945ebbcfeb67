import { frenchDate } from '../../../domain/supply/dates';
import { CONDITION_FR, DRIVES_FR, KIND_FR } from './labels';
import { field, paragraph, renderPdf, section, table, title } from './pdf-base';
import type { lotDetail } from '../read-lots';

type TLotDetail = Awaited<ReturnType<typeof lotDetail>>;

/**
 * The pickup confirmation the donor prints: which lot, where, when, by whom, what will be
 * taken, and how the data on the drives will be handled.
 */
export function renderPickupConfirmationPdf(
  lot: TLotDetail,
  bankName: string,
  now: Date,
): Promise<Buffer> {
  return renderPdf(
    { title: `Confirmation d'enlèvement ${lot.reference}`, author: bankName, now },
    (doc) => {
      paragraph(doc, bankName, { bold: true });
      doc.moveDown(0.5);
      title(doc, "Confirmation d'enlèvement");
      paragraph(doc, `Don ${lot.reference} — ${lot.donor.name}`, { size: 12 });

      section(doc, 'Enlèvement');
      field(doc, 'Date', lot.pickup ? frenchDate(lot.pickup.date) : null);
      field(doc, 'Créneau', lot.pickup?.timeSlot);
      field(doc, 'Transporteur', lot.pickup?.carrier);
      field(doc, 'Atelier', lot.pickup?.workshop?.name);
      const a = lot.pickupAddress;
      field(
        doc,
        'Adresse',
        [a.line1, a.line2, `${a.postalCode} ${a.communeName}`].filter(Boolean).join(', '),
      );
      field(doc, 'Contact sur place', `${lot.siteContact.name} — ${lot.siteContact.phone}`);
      field(
        doc,
        'Disponibilité',
        `du ${frenchDate(lot.availableFrom)} au ${frenchDate(lot.availableUntil)}`,
      );

      section(doc, 'Matériel déclaré');
      table(
        doc,
        ['Type', 'Quantité', 'Marque / modèle', 'Âge', 'État', 'Disques'],
        lot.lines.map((l) => [
          KIND_FR[l.kind],
          String(l.count),
          [l.brand, l.model].filter(Boolean).join(' ') || '—',
          `${l.ageYears} an${l.ageYears > 1 ? 's' : ''}`,
          CONDITION_FR[l.condition],
          DRIVES_FR[l.drives],
        ]),
        [0.2, 0.1, 0.28, 0.1, 0.16, 0.16],
      );
      field(doc, 'Total', `${lot.expectedCount} appareil${lot.expectedCount > 1 ? 's' : ''}`);

      section(doc, 'Données personnelles');
      paragraph(
        doc,
        "Les appareils sont comptés à leur arrivée à l'entrepôt ; chaque écart avec la déclaration vous est signalé. " +
          'Les données des disques laissés dans les appareils sont effacées selon la norme NIST SP 800-88 ; ' +
          "un rapport d'effacement par lot vous est remis. Vous n'avez rien à effacer vous-même.",
      );
      doc.moveDown(1);
      paragraph(doc, `Document établi le ${frenchDate(now.toISOString())}.`, { size: 8 });
    },
  );
}
