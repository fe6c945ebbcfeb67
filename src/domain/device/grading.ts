import type { TAppearanceGrade, TFunctionGrade } from '../../shared/inventory';

/**
 * Grading criteria, written once here so the workshop screen shows operators the same texts
 * the rules use (French first, English second).
 */

/** A grade with its written criterion. */
export interface TGradeCriterion<G extends string> {
  grade: G;
  fr: string;
  en: string;
}

/** Appearance grades A–E. */
export const APPEARANCE_CRITERIA: readonly TGradeCriterion<TAppearanceGrade>[] = [
  {
    grade: 'A',
    fr: 'Comme neuf : aucune rayure visible à 40 cm, écran sans marque.',
    en: 'Like new: no scratch visible at 40 cm, screen unmarked.',
  },
  {
    grade: 'B',
    fr: 'Très bon état : micro-rayures légères sur le boîtier, écran sans rayure.',
    en: 'Very good: light micro-scratches on the case, screen unscratched.',
  },
  {
    grade: 'C',
    fr: 'Bon état : rayures ou petites bosses visibles, écran avec marques légères hors zone centrale.',
    en: 'Good: visible scratches or small dents, light screen marks outside the centre.',
  },
  {
    grade: 'D',
    fr: "Usé : marques nettes, pièce d'habillage manquante ou fêlée, sans gêne à l'usage.",
    en: 'Worn: clear marks, missing or cracked trim part, not hindering use.',
  },
  {
    grade: 'E',
    fr: "Très abîmé : écran ou charnière fêlé(e), boîtier cassé ; à ne pas distribuer en l'état.",
    en: 'Badly damaged: cracked screen or hinge, broken case; not to be distributed as is.',
  },
];

/** Function grades A–D. */
export const FUNCTION_CRITERIA: readonly TGradeCriterion<TFunctionGrade>[] = [
  {
    grade: 'A',
    fr: 'Tout fonctionne : clavier, pavé tactile, écran, son, caméra, Wi-Fi, ports, batterie ≥ 80 %.',
    en: 'Everything works: keyboard, touchpad, screen, sound, camera, Wi-Fi, ports, battery ≥ 80%.',
  },
  {
    grade: 'B',
    fr: 'Fonctionnel : un défaut mineur (touche dure, pixel mort isolé, port secondaire HS) ou batterie 60–79 %.',
    en: 'Functional: one minor defect (stiff key, single dead pixel, secondary port broken) or battery 60–79%.',
  },
  {
    grade: 'C',
    fr: 'Utilisable avec limite : batterie < 60 % (sur secteur), caméra ou son HS ; à signaler au bénéficiaire.',
    en: 'Usable with a limitation: battery < 60% (mains only), camera or sound broken; tell the beneficiary.',
  },
  {
    grade: 'D',
    fr: 'Hors service : ne démarre pas ou défaut bloquant ; pièces détachées ou recyclage.',
    en: 'Not working: does not start or has a blocking defect; parts or recycling.',
  },
];

/** Battery health bands shown beside the function grade. */
export const BATTERY_BANDS = [
  { min: 80, max: 100, band: 'good', fr: 'Bonne (≥ 80 %)', en: 'Good (≥ 80%)' },
  { min: 60, max: 79, band: 'fair', fr: 'Correcte (60–79 %)', en: 'Fair (60–79%)' },
  { min: 0, max: 59, band: 'weak', fr: 'Faible (< 60 %)', en: 'Weak (< 60%)' },
] as const;
export type TBatteryBand = (typeof BATTERY_BANDS)[number]['band'];

/** The band of a battery health percentage (null when unknown or no battery). */
export function batteryBand(pct: number | null | undefined): TBatteryBand | null {
  if (pct == null) return null;
  return BATTERY_BANDS.find((b) => pct >= b.min && pct <= b.max)?.band ?? null;
}

/**
 * The single grade stock is counted by: the worse of appearance and function (letters order
 * from best to worst), so "B" stock never hides a C-function device.
 */
export function overallGrade(
  appearance: TAppearanceGrade | null | undefined,
  fn: TFunctionGrade | null | undefined,
): TAppearanceGrade | null {
  if (!appearance || !fn) return null;
  return (appearance > fn ? appearance : fn) as TAppearanceGrade;
}

/** A device graded D in function or E in appearance should not be distributed. */
export function isDistributable(
  appearance: TAppearanceGrade | null | undefined,
  fn: TFunctionGrade | null | undefined,
): boolean {
  return !!appearance && !!fn && appearance !== 'E' && fn !== 'D';
}
