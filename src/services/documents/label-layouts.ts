import type { TLabelLayout } from '../../shared/inventory';

/** Geometry of an A4 label sheet, in millimetres (manufacturer's template figures). */
export interface TLabelGeometry {
  columns: number;
  rows: number;
  width: number;
  height: number;
  top: number;
  left: number;
  /** Distance from one label's left edge to the next one's. */
  pitchX: number;
  pitchY: number;
}

/** Supported sheets: Avery L7160 (21 per sheet), L7163 (14, wider) and L7651 (65, QR and tag only). */
export const LABEL_LAYOUTS_MM: Record<TLabelLayout, TLabelGeometry> = {
  L7160: {
    columns: 3,
    rows: 7,
    width: 63.5,
    height: 38.1,
    top: 15.15,
    left: 7.25,
    pitchX: 66.04,
    pitchY: 38.1,
  },
  L7163: {
    columns: 2,
    rows: 7,
    width: 99.1,
    height: 38.1,
    top: 15.15,
    left: 4.65,
    pitchX: 101.6,
    pitchY: 38.1,
  },
  L7651: {
    columns: 5,
    rows: 13,
    width: 38.1,
    height: 21.2,
    top: 10.7,
    left: 4.75,
    pitchX: 40.6,
    pitchY: 21.2,
  },
};

/** Position (in mm) of the label at `index` on its sheet, and the sheet number (0-based). */
export function labelPosition(layout: TLabelLayout, index: number) {
  const g = LABEL_LAYOUTS_MM[layout];
  const perSheet = g.columns * g.rows;
  const onSheet = index % perSheet;
  return {
    sheet: Math.floor(index / perSheet),
    x: g.left + (onSheet % g.columns) * g.pitchX,
    y: g.top + Math.floor(onSheet / g.columns) * g.pitchY,
  };
}
