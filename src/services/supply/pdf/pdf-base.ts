import PDFDocument from 'pdfkit';

/**
 * Shared drawing helpers of the supply documents (pickup confirmation, tax receipt, impact
 * report). A4, pdfkit's built-in Helvetica (WinAnsi: accents, "€" and "°" print; characters
 * outside it, such as the subscript in CO₂, must be written "CO2").
 */

/** The document being drawn. */
export type TPdf = PDFKit.PDFDocument;

/** Left margin and usable width of an A4 page with 50 pt margins. */
export const MARGIN = 50;
export const WIDTH = 595.28 - 2 * MARGIN;

/** Draws a document and returns its bytes. `now` fixes the creation date (reproducible output). */
export function renderPdf(
  meta: { title: string; author: string; subject?: string; now: Date },
  draw: (doc: TPdf) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject ?? meta.title,
        Creator: 'Passerelle',
        CreationDate: meta.now,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.font('Helvetica');
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error as Error);
    }
  });
}

/** Keeps only characters the standard fonts can print (WinAnsi), replacing the usual others. */
export function printable(text: string): string {
  return text
    .replace(/[\u2080-\u2089]/g, (c) => String(c.charCodeAt(0) - 0x2080))
    .replace(/[\u202f\u2009]/g, '\u00a0')
    .replace(
      /[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g,
      '?',
    );
}

/** A title line. */
export function title(doc: TPdf, text: string, size = 16) {
  doc.font('Helvetica-Bold').fontSize(size).text(printable(text), { width: WIDTH });
  doc.font('Helvetica').fontSize(10);
}

/** A section heading with a rule under it. */
export function section(doc: TPdf, text: string) {
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(11).text(printable(text), MARGIN, doc.y, { width: WIDTH });
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + WIDTH, y)
    .lineWidth(0.5)
    .stroke();
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(10);
}

/** "Label : value" on one line (value wraps under itself). */
export function field(doc: TPdf, label: string, value: string | number | null | undefined) {
  const y = doc.y;
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .text(printable(`${label} :`), MARGIN, y, { width: 170 });
  const labelBottom = doc.y;
  doc
    .font('Helvetica')
    .text(printable(value == null || value === '' ? '—' : String(value)), MARGIN + 175, y, {
      width: WIDTH - 175,
    });
  doc.y = Math.max(doc.y, labelBottom);
  doc.moveDown(0.2);
}

/** A paragraph of plain text. */
export function paragraph(
  doc: TPdf,
  text: string,
  options: { size?: number; bold?: boolean } = {},
) {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .text(printable(text), MARGIN, doc.y, { width: WIDTH });
  doc.font('Helvetica').fontSize(10);
}

/** A simple table: header row then rows, fixed column widths (fractions of the width). */
export function table(doc: TPdf, header: string[], rows: string[][], fractions: number[]) {
  const widths = fractions.map((f) => f * WIDTH);
  const drawRow = (cells: string[], bold: boolean) => {
    const y = doc.y;
    let x = MARGIN;
    let bottom = y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    cells.forEach((cell, i) => {
      doc.text(printable(cell), x, y, { width: widths[i]! - 4 });
      bottom = Math.max(bottom, doc.y);
      x += widths[i]!;
    });
    doc.y = bottom + 3;
  };
  drawRow(header, true);
  for (const r of rows) {
    if (doc.y > 760) doc.addPage();
    drawRow(r, false);
  }
  doc.font('Helvetica').fontSize(10);
}
