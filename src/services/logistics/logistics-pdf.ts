import type { TDeviceKind } from '../../shared/inventory';
import { KIND_NAMES_FR } from '../documents/kind-names';
import { drawQr, mm, newA4, toBuffer } from '../documents/pdf';

/** One line of a pick list: where to take which unit for which shipment. */
export interface TPickLine {
  shelfCode: string | null;
  assetTag: string;
  kind: TDeviceKind;
  brandModel: string;
  tier: number | null;
  shipment: string;
  structureName: string;
}

/** What a delivery note says. */
export interface TDeliveryNote {
  reference: string;
  bankName: string;
  warehouse: string;
  structureName: string;
  address: string[];
  carrier: string | null;
  tracking: string[];
  shippedAt: Date | null;
  at: Date;
  units: { assetTag: string; kind: TDeviceKind; brandModel: string }[];
  accessories: { name: string; quantity: number }[];
  parcels: { label: string; kind: string; weightGrams: number | null }[];
}

const MARGIN = mm(15);

/** Draws a table row; returns the next y (adding a page when the row does not fit). */
function row(
  doc: PDFKit.PDFDocument,
  cells: string[],
  widths: number[],
  y: number,
  bold = false,
): number {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 4 }))) + 4;
  if (y + h > doc.page.height - MARGIN) {
    doc.addPage({ size: 'A4', margin: 0 });
    y = MARGIN;
  }
  let x = MARGIN;
  cells.forEach((c, i) => {
    doc.text(c, x, y, { width: widths[i]! - 4 });
    x += widths[i]!;
  });
  doc
    .moveTo(MARGIN, y + h - 1)
    .lineTo(doc.page.width - MARGIN, y + h - 1)
    .lineWidth(0.2)
    .strokeColor('#999')
    .stroke()
    .strokeColor('black');
  return y + h;
}

/** The pick list of a warehouse (A4), shelf by shelf. */
export async function renderPickListPdf(
  meta: { warehouse: string; at: Date },
  lines: TPickLine[],
): Promise<Buffer> {
  const doc = newA4({ title: `Liste de préparation — ${meta.warehouse}`, at: meta.at });
  doc.font('Helvetica-Bold').fontSize(15).text('Liste de préparation', MARGIN, MARGIN);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(
      `Pick list · ${meta.warehouse} · ${meta.at.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${lines.length} appareil(s)`,
      MARGIN,
      MARGIN + 20,
    );
  const widths = [55, 70, 165, 30, 70, 120].map((w) => w * 1.0);
  let y = row(
    doc,
    ['Étagère', 'Étiquette', 'Appareil', 'Niv.', 'Expédition', 'Structure'],
    widths,
    MARGIN + 42,
    true,
  );
  for (const l of lines) {
    y = row(
      doc,
      [
        l.shelfCode ?? '—',
        l.assetTag,
        `${KIND_NAMES_FR[l.kind]} ${l.brandModel}`.trim(),
        l.tier == null ? '—' : String(l.tier),
        l.shipment,
        l.structureName,
      ],
      widths,
      y,
    );
  }
  return toBuffer(doc);
}

/** The delivery note (bon de livraison): sender, receiver, contents by kind, signatures. */
export async function renderDeliveryNotePdf(n: TDeliveryNote): Promise<Buffer> {
  const doc = newA4({ title: `Bon de livraison ${n.reference}`, at: n.at });
  doc.font('Helvetica-Bold').fontSize(16).text(`Bon de livraison ${n.reference}`, MARGIN, MARGIN);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text('Delivery note', MARGIN, MARGIN + 20);
  drawQr(doc, n.reference, doc.page.width - MARGIN - mm(20), MARGIN, mm(20));
  const half = (doc.page.width - 2 * MARGIN) / 2;
  let y = MARGIN + 44;
  doc.font('Helvetica-Bold').fontSize(10).text('Expéditeur / sender', MARGIN, y);
  doc.text('Destinataire / receiver', MARGIN + half, y);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(`${n.bankName}\n${n.warehouse}`, MARGIN, y + 14, { width: half - 10 })
    .text([n.structureName, ...n.address].join('\n'), MARGIN + half, y + 14, { width: half - 10 });
  y += 80;
  const transport = [
    n.carrier ? `Transporteur / carrier : ${n.carrier}` : null,
    n.tracking.length ? `Suivi / tracking : ${n.tracking.join(', ')}` : null,
    n.shippedAt ? `Expédié le / shipped : ${n.shippedAt.toISOString().slice(0, 10)}` : null,
    n.parcels.length
      ? `Colis / parcels : ${n.parcels
          .map(
            (p) => `${p.label}${p.weightGrams ? ` (${(p.weightGrams / 1000).toFixed(1)} kg)` : ''}`,
          )
          .join(', ')}`
      : null,
  ].filter(Boolean);
  doc.text(transport.join('\n'), MARGIN, y, { width: 2 * half });
  y += 14 * Math.max(transport.length, 1) + 8;

  // Contents by kind, with every asset tag.
  const byKind = new Map<TDeviceKind, typeof n.units>();
  for (const u of n.units) byKind.set(u.kind, [...(byKind.get(u.kind) ?? []), u]);
  const widths = [120, 80, 2 * half - 200];
  y = row(doc, ['Type', 'Étiquette', 'Modèle'], widths, y, true);
  for (const [kind, units] of byKind) {
    y = row(doc, [`${KIND_NAMES_FR[kind]} × ${units.length}`, '', ''], widths, y, true);
    for (const u of units) y = row(doc, ['', u.assetTag, u.brandModel], widths, y);
  }
  for (const a of n.accessories)
    y = row(doc, [`Accessoire × ${a.quantity}`, '', a.name], widths, y);
  y = row(doc, [`Total : ${n.units.length} appareil(s)`, '', ''], widths, y, true);

  if (y + 110 > doc.page.height - MARGIN) {
    doc.addPage({ size: 'A4', margin: 0 });
    y = MARGIN;
  }
  y += 16;
  doc.font('Helvetica-Bold').fontSize(10);
  doc.text('Remis par / handed by', MARGIN, y);
  doc.text('Reçu par / received by (nom, date, signature)', MARGIN + half, y);
  doc
    .rect(MARGIN, y + 14, half - 10, 70)
    .lineWidth(0.5)
    .stroke();
  doc.rect(MARGIN + half, y + 14, half - 10, 70).stroke();
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(
      'Réserves à la livraison (appareil manquant ou abîmé) : à signaler aussi dans Passerelle.',
      MARGIN,
      y + 92,
      { width: 2 * half },
    );
  return toBuffer(doc);
}
