import type { TDeviceKind } from '../../shared/inventory';

/** Device kinds as printed on French documents (labels, erasure reports). */
export const KIND_NAMES_FR: Record<TDeviceKind, string> = {
  laptop: 'Ordinateur portable',
  desktop: 'Ordinateur fixe',
  tablet: 'Tablette',
  smartphone: 'Smartphone',
  router_4g: 'Routeur 4G',
  monitor: 'Écran',
  other: 'Autre',
};
