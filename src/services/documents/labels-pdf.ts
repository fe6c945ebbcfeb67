import type { TLabelLayout } from '../../shared/inventory';
import { LABEL_LAYOUTS_MM, labelPosition } from './label-layouts';
import { drawQr, mm, newA4, toBuffer } from './pdf';

/** What one label shows. */
export interface TLabelData {
  assetTag: string;
  qrContent: string;
  /** e.g. "Ordinateur portable · Lenovo ThinkPad T480". */
  line1: string;
  /** e.g. the serial number. */
  line2?: string | null;
}

/**
 * A printable sheet of QR labels: the QR code (encoding a link ending with the asset tag),
 * the tag in large type, and kind / model / serial beside it. `skip` leaves the first labels
 * of the first sheet blank (to reuse a partly used sheet).
 */
export async function renderLabelsPdf(
  labels: TLabelData[],
  layout: TLabelLayout,
  options: { skip?: number; at: Date },
): Promise<Buffer> {
  const g = LABEL_LAYOUTS_MM[layout];
  const doc = newA4({ title: 'Étiquettes Passerelle', at: options.at });
  const pad = mm(layout === 'L7651' ? 1.2 : 2.5);
  const skip = options.skip ?? 0;
  let sheet = 0;
  labels.forEach((label, i) => {
    const pos = labelPosition(layout, i + skip);
    while (pos.sheet > sheet) {
      doc.addPage({ size: 'A4', margin: 0 });
      sheet++;
    }
    const x = mm(pos.x);
    const y = mm(pos.y);
    const h = mm(g.height);
    const w = mm(g.width);
    // The QR code takes the label's height, but leaves at least half the width to the text.
    const qr = Math.min(h - 2 * pad, w * 0.45);
    drawQr(doc, label.qrContent, x + pad, y + pad, qr);
    const tx = x + 2 * pad + qr;
    const tw = w - (tx - x) - pad;
    const small = layout === 'L7651';
    doc.fillColor('black').font('Helvetica-Bold');
    // The tag in the largest size that fits on one line.
    let size = small ? 8 : 14;
    while (size > 5 && doc.fontSize(size).widthOfString(label.assetTag) > tw) size -= 0.5;
    doc.text(label.assetTag, tx, y + pad + (small ? 2 : 1), { width: tw, lineBreak: false });
    if (small) return;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .text(label.line1, tx, y + pad + size + 6, { width: tw, height: 28, ellipsis: true });
    if (label.line2) {
      doc
        .fontSize(7)
        .text(label.line2, tx, y + h - pad - 9, { width: tw, lineBreak: false, ellipsis: true });
    }
  });
  return toBuffer(doc);
}
