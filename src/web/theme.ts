import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * "Brique": a warm terracotta, the colour of the bank's brand. Shade 7 (buttons, links) has a
 * contrast of 6.5:1 on white; shade 6 (light variants) 5.2:1, both above WCAG AA's 4.5:1.
 */
const brick: MantineColorsTuple = [
  '#fcf1ec',
  '#f6e0d6',
  '#eebfab',
  '#e59c7f',
  '#dc7d59',
  '#d06a43',
  '#b0502e',
  '#9a4427',
  '#823820',
  '#682c19',
];

/** A calm blue-green used sparingly for information (contrast ≥ 4.5:1 from shade 7). */
const lagoon: MantineColorsTuple = [
  '#e8f6f6',
  '#cfe9ea',
  '#a2d4d6',
  '#70bec1',
  '#48abaf',
  '#2f9ea3',
  '#1f7f84',
  '#176a6e',
  '#0f5659',
  '#064245',
];

/** The one Mantine theme of Passerelle: warm, legible, generous spacing and soft corners. */
export const theme = createTheme({
  /** No animations for people who ask their system for less motion. */
  respectReducedMotion: true,
  primaryColor: 'brick',
  primaryShade: { light: 7, dark: 5 },
  colors: { brick, lagoon },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.3rem', lineHeight: '1.3' },
      h3: { fontSize: '1.1rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  autoContrast: true,
  components: {
    // The required mark is drawn by CSS (styles.css) so that labels read exactly « Nom »,
    // not « Nom * », for assistive technologies and for tests that find fields by label.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    Badge: { defaultProps: { variant: 'light', radius: 'sm' } },
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

/**
 * Darker greys for secondary text and errors than Mantine's defaults, whose dimmed grey
 * (3.3:1) and red (3.6:1) fail WCAG AA contrast on white; a warm page background behind
 * white cards.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#575e65',
    '--mantine-color-error': '#b42318',
    '--mantine-color-placeholder': '#6b7177',
    '--passerelle-page-bg': '#f7f3ef',
  },
  dark: {},
});
