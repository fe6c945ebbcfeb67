import type { TReportLine, TReportStatus } from '../../domain/device/erasure-report';
import { KIND_NAMES_FR } from './kind-names';
import { drawQr, mm, newA4, toBuffer } from './pdf';

/** What the report's header and footer say. */
export interface TErasureReportMeta {
  bankName: string;
  donorName: string | null;
  lotId: string;
  issuedAt: Date;
  hash: string;
  verifyUrl: string;
  deviceCount: number;
  driveCount: number;
  clearedCount: number;
}

const STATUS_FR: Record<TReportStatus, string> = {
  erased: 'Effacé',
  destroyed: 'Détruit',
  failed: 'Échec',
  pending: 'En attente',
  recycled_weee: 'Recyclé (DEEE)',
  no_storage: 'Sans stockage',
  no_drive_recorded: 'Aucun disque saisi',
};

const METHOD_FR: Record<string, string> = {
  overwrite: 'Réécriture',
  ata_secure_erase: 'ATA Secure Erase',
  ata_enhanced_secure_erase: 'ATA Enhanced Secure Erase',
  nvme_format: 'NVMe Format',
  nvme_sanitize: 'NVMe Sanitize',
  crypto_erase: 'Effacement cryptographique',
  physical_destruction: 'Destruction physique',
};

const STANDARD: Record<string, string> = {
  nist_800_88_clear: 'NIST SP 800-88 Clear',
  nist_800_88_purge: 'NIST SP 800-88 Purge',
  nist_800_88_destroy: 'NIST SP 800-88 Destroy',
};

/** "2026-03-02 14:05 UTC". */
function utc(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '';
}

const COLUMNS: { title: string; width: number; cell: (l: TReportLine) => string }[] = [
  {
    title: 'Étiquette',
    width: 62,
    cell: (l) => l.assetTag + (l.donorAssetTag ? `\n${l.donorAssetTag}` : ''),
  },
  { title: 'Appareil', width: 120, cell: (l) => `${KIND_NAMES_FR[l.kind]}\n${l.brandModel}` },
  { title: 'N° de série', width: 72, cell: (l) => l.deviceSerial ?? '' },
  {
    title: 'Disque',
    width: 88,
    cell: (l) =>
      l.drive ? `${l.drive}\n${l.driveType ?? ''}${l.sizeGb ? ` ${l.sizeGb} Go` : ''}` : '—',
  },
  {
    title: 'Résultat',
    width: 66,
    cell: (l) => STATUS_FR[l.status] + (l.recyclerReceiptRef ? `\n${l.recyclerReceiptRef}` : ''),
  },
  {
    title: 'Méthode / norme',
    width: 110,
    cell: (l) =>
      l.method
        ? `${METHOD_FR[l.method] ?? l.method}${l.passes ? ` (${l.passes} passe${l.passes > 1 ? 's' : ''})` : ''}\n${STANDARD[l.standard ?? ''] ?? ''}`
        : '',
  },
  {
    title: 'Outil',
    width: 78,
    cell: (l) => (l.tool ?? '') + (l.toolReportRef ? `\n${l.toolReportRef}` : ''),
  },
  {
    title: 'Début / fin',
    width: 84,
    cell: (l) => (l.startedAt ? `${utc(l.startedAt)}\n${utc(l.endedAt)}` : ''),
  },
  { title: 'Opérateur·rice', width: 70, cell: (l) => l.operator ?? '' },
];

/**
 * The donor's erasure report (A4 landscape): one line per drive, with the SHA-256 of the
 * report's content and where to check it printed on every page.
 */
export async function renderErasureReportPdf(lines: TReportLine[], meta: TErasureReportMeta) {
  const doc = newA4({
    title: `Rapport d'effacement — lot ${meta.lotId}`,
    at: meta.issuedAt,
    layout: 'landscape',
  });
  const margin = mm(12);
  const newPage = () => doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  const footer = () => {
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#333')
      .text(
        `Empreinte SHA-256 du contenu / content hash : ${meta.hash}\nVérification / verify : ${meta.verifyUrl}`,
        margin,
        doc.page.height - margin - 6,
        { width: doc.page.width - 2 * margin, lineGap: 1 },
      )
      .fillColor('black');
  };
  const header = (first: boolean) => {
    let y = margin;
    if (first) {
      doc.font('Helvetica-Bold').fontSize(15).fillColor('black');
      doc.text("Rapport d'effacement des données", margin, y);
      doc
        .font('Helvetica')
        .fontSize(9)
        .text('Data erasure report', margin, y + 18);
      const info = [
        `Émis par / issued by : ${meta.bankName}`,
        `Donateur / donor : ${meta.donorName ?? '—'}`,
        `Lot : ${meta.lotId}`,
        `Date d'émission / issued : ${utc(meta.issuedAt.toISOString())}`,
        `${meta.deviceCount} appareil(s), ${meta.clearedCount} / ${meta.driveCount} support(s) effacé(s) ou détruit(s) selon NIST SP 800-88.`,
      ];
      doc.fontSize(8.5).text(info.join('\n'), margin, y + 34, { width: mm(190) });
      drawQr(doc, meta.verifyUrl, doc.page.width - margin - mm(22), margin, mm(22));
      y += 100;
    }
    let x = margin;
    doc.font('Helvetica-Bold').fontSize(7.5).fillColor('black');
    for (const c of COLUMNS) {
      doc.text(c.title, x, y, { width: c.width - 4, lineBreak: false });
      x += c.width;
    }
    doc
      .moveTo(margin, y + 11)
      .lineTo(doc.page.width - margin, y + 11)
      .lineWidth(0.5)
      .stroke();
    return y + 15;
  };
  let y = header(true);
  footer();
  doc.font('Helvetica').fontSize(7);
  for (const line of lines) {
    const cells = COLUMNS.map((c) => c.cell(line));
    const rowHeight =
      Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: COLUMNS[i]!.width - 4 }))) + 5;
    if (y + rowHeight > doc.page.height - margin - 14) {
      newPage();
      y = header(false);
      footer();
      doc.font('Helvetica').fontSize(7);
    }
    let x = margin;
    cells.forEach((t, i) => {
      doc.fillColor(line.status === 'failed' || line.status === 'pending' ? '#a00' : 'black');
      doc.text(t, x, y, { width: COLUMNS[i]!.width - 4 });
      x += COLUMNS[i]!.width;
    });
    y += rowHeight;
    doc
      .moveTo(margin, y - 2)
      .lineTo(doc.page.width - margin, y - 2)
      .lineWidth(0.2)
      .strokeColor('#bbb')
      .stroke()
      .strokeColor('black');
  }
  return toBuffer(doc);
}
