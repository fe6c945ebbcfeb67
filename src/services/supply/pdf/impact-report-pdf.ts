import { formatCo2e } from '../../../domain/impact/co2';
import { frenchDate } from '../../../domain/supply/dates';
import type { TImpact } from '../impact';
import { KIND_FR } from './labels';
import { field, paragraph, renderPdf, section, table, title } from './pdf-base';

/**
 * The impact report of a donation lot: what became of each device, how many reached people,
 * where, and the CO2e avoided (with the source and assumption of the factors). Figures come
 * from the devices' current states only.
 */
export function renderImpactReportPdf(
  lot: { reference: string; donorName: string; expectedCount: number; receivedCount: number },
  impact: TImpact,
  bankName: string,
  now: Date,
): Promise<Buffer> {
  return renderPdf({ title: `Rapport d'impact ${lot.reference}`, author: bankName, now }, (doc) => {
    paragraph(doc, bankName, { bold: true });
    doc.moveDown(0.5);
    title(doc, "Rapport d'impact de votre don");
    paragraph(doc, `Don ${lot.reference} — ${lot.donorName}`, { size: 12 });
    paragraph(doc, `Situation au ${frenchDate(now.toISOString())}`, { size: 9 });

    section(doc, 'Vos appareils');
    field(doc, 'Appareils déclarés', lot.expectedCount);
    field(doc, 'Appareils reçus', lot.receivedCount);
    field(doc, 'Reconditionnés', impact.outcome.refurbished);
    field(doc, 'Gardés pour pièces', impact.outcome.parts);
    field(doc, 'Recyclés (DEEE)', impact.outcome.recycled);
    field(doc, "Encore à l'atelier", impact.outcome.inProgress);
    if (impact.byKind.length) {
      doc.moveDown(0.4);
      table(
        doc,
        ['Type', 'Reçus', 'Reconditionnés', 'Remis'],
        impact.byKind.map((k) => [
          KIND_FR[k.kind],
          String(k.devices),
          String(k.refurbished),
          String(k.handedOver),
        ]),
        [0.4, 0.2, 0.2, 0.2],
      );
    }

    section(doc, 'Les personnes équipées');
    field(doc, 'Appareils remis', impact.devicesHandedOver);
    field(doc, 'Personnes équipées', impact.peopleReached);
    if (impact.departements.length) {
      field(
        doc,
        'Départements',
        impact.departements.map((d) => `${d.code} (${d.people})`).join(', '),
      );
    }
    if (impact.networks.length) {
      field(doc, 'Réseaux', impact.networks.map((n) => `${n.name} (${n.people})`).join(', '));
    }
    if (!impact.departements.length && !impact.networks.length) {
      paragraph(
        doc,
        'La répartition par département et par réseau apparaîtra dès que les remises aux bénéficiaires seront enregistrées.',
        { size: 9 },
      );
    }

    section(doc, 'Émissions évitées');
    field(doc, 'CO2e évité', formatCo2e(impact.co2eAvoidedGrams));
    paragraph(
      doc,
      `Source et hypothèse : ${impact.co2eSource} Seuls les appareils remis sont comptés.`,
      { size: 8 },
    );
  });
}
