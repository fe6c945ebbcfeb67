import { formatEuros } from '../../../domain/money/format';
import { frenchDate } from '../../../domain/supply/dates';
import {
  formatSiren,
  GIFT_FORM_LABELS,
  QUALIFICATION_LABELS,
  type TReceiptContent,
} from '../../../domain/supply/tax-receipt';
import { BENEFICIARY_QUALIFICATIONS } from '../../../shared/supply-enums';
import { field, MARGIN, paragraph, renderPdf, section, title, WIDTH } from './pdf-base';

/** What the PDF needs besides the frozen content: the receipt's status now. */
export interface TReceiptPdfState {
  status: 'issued' | 'cancelled';
  cancelReason: string | null;
  replacedByNumber: string | null;
  contentHash: string;
}

/**
 * The receipt of a company's in-kind gift, following the model of CERFA n°16216
 * (form 2041-MEC-SD): numbered, beneficiary and its legal qualification, donor company with
 * SIREN, date, nature "don en nature", description and valuation declared by the company, form
 * of the gift, legal basis (art. 238 bis CGI), place, date and signatory. The amount in figures
 * is framed by asterisks (computer-issued receipts need not spell it out in words). Drawn from
 * the content frozen at issue, so a re-download prints exactly the same receipt.
 */
export function renderTaxReceiptPdf(
  c: TReceiptContent,
  state: TReceiptPdfState,
  now: Date,
): Promise<Buffer> {
  return renderPdf(
    {
      title: `Reçu fiscal n° ${c.number}`,
      author: c.issuer.name,
      subject: 'Reçu don en nature',
      now,
    },
    (doc) => {
      doc
        .fontSize(8)
        .text('Cerfa n° 16216*02 — formulaire 2041-MEC-SD', { align: 'right', width: WIDTH });
      doc.moveDown(0.5);
      title(doc, 'Reçu des dons et versements effectués par les entreprises', 14);
      paragraph(doc, "au titre de l'article 238 bis du code général des impôts", { size: 11 });
      doc.moveDown(0.5);
      paragraph(doc, `Numéro d'ordre du reçu : ${c.number}`, { bold: true, size: 12 });
      if (c.replacesNumber)
        paragraph(doc, `Ce reçu annule et remplace le reçu n° ${c.replacesNumber}.`);
      if (state.status === 'cancelled') {
        doc.moveDown(0.3);
        doc.fillColor('#b00020');
        paragraph(
          doc,
          `REÇU ANNULÉ${state.replacedByNumber ? ` — remplacé par le reçu n° ${state.replacedByNumber}` : ''}` +
            (state.cancelReason ? ` (motif : ${state.cancelReason})` : ''),
          { bold: true },
        );
        doc.fillColor('black');
      }

      section(doc, 'Bénéficiaire des dons et versements');
      field(doc, 'Nom ou dénomination', c.issuer.name);
      field(
        doc,
        'Adresse',
        [c.issuer.addressLine1, c.issuer.addressLine2, `${c.issuer.postalCode} ${c.issuer.city}`]
          .filter(Boolean)
          .join(', '),
      );
      field(doc, 'N° SIREN ou RNA', c.issuer.sirenOrRna);
      field(doc, 'Objet', c.issuer.object);
      doc.font('Helvetica-Bold').text('Qualité de l’organisme bénéficiaire :', MARGIN, doc.y);
      doc.font('Helvetica');
      for (const q of BENEFICIARY_QUALIFICATIONS) {
        const checked = q === c.issuer.qualification;
        const text =
          checked && c.issuer.qualificationText
            ? `${QUALIFICATION_LABELS[q]} — ${c.issuer.qualificationText}`
            : QUALIFICATION_LABELS[q];
        paragraph(doc, `${checked ? '[X]' : '[  ]'} ${text}`, { size: 9 });
      }

      section(doc, 'Entreprise donatrice');
      field(doc, 'Dénomination', c.donor.name);
      field(doc, 'Forme juridique', c.donor.legalForm);
      field(doc, 'N° SIREN', formatSiren(c.donor.siren));
      field(doc, 'Adresse', c.donor.address);

      section(doc, 'Don');
      paragraph(
        doc,
        'Le bénéficiaire reconnaît avoir reçu, au titre des dons et versements ouvrant droit à réduction d’impôt, le don en nature décrit ci-dessous.',
      );
      doc.moveDown(0.3);
      field(doc, 'Date du don', frenchDate(c.giftDate));
      field(doc, 'Nature du don', 'Autres : don en nature (biens mobiliers)');
      field(doc, 'Description des biens', c.description);
      field(
        doc,
        "Valorisation déclarée par l'entreprise",
        `***${formatEuros(c.valuationCents)}***`,
      );
      field(doc, 'Forme du don', GIFT_FORM_LABELS[c.form]);
      field(doc, 'Fondement', c.legalBasis);
      if (c.lotReference) field(doc, 'Référence du lot', c.lotReference);
      doc.moveDown(0.3);
      paragraph(
        doc,
        "La valorisation du don en nature est déterminée par l'entreprise donatrice, sous sa seule responsabilité ; " +
          'le bénéficiaire atteste la réalité du don, sa date, la nature et la quantité des biens reçus.',
        { size: 8 },
      );

      section(doc, 'Signature');
      field(doc, 'Fait à', `${c.issuer.place}, le ${frenchDate(c.issuedOn)}`);
      field(
        doc,
        'Nom et qualité du signataire',
        `${c.issuer.signatoryName}, ${c.issuer.signatoryTitle}`,
      );
      doc.moveDown(2);
      doc
        .fontSize(7)
        .fillColor('#555555')
        .text(`Empreinte du contenu (SHA-256) : ${state.contentHash}`, MARGIN, doc.y, {
          width: WIDTH,
        });
      doc.fillColor('black');
    },
  );
}
