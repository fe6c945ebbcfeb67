import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/** A new A4 document whose metadata dates are fixed (same input → same content). */
export function newA4(info: {
  title: string;
  at: Date;
  margin?: number;
  layout?: 'portrait' | 'landscape';
}): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    layout: info.layout ?? 'portrait',
    margin: info.margin ?? 0,
    autoFirstPage: true,
    info: {
      Title: info.title,
      Producer: 'Passerelle',
      Creator: 'Passerelle',
      CreationDate: info.at,
      ModDate: info.at,
    },
  });
}

/** Ends a document and collects its bytes. */
export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Draws a QR code as vector squares (sharp at any printer resolution) in a `size`-point
 * square at (x, y). Error correction M survives a scuffed label.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  doc.save().fillColor('black');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell + 0.01, cell + 0.01);
    }
  }
  doc.fill().restore();
}
