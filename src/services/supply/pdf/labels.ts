import type { TDeviceKind } from '../../../shared/inventory';
import type { TDeviceCondition, TDrivesPresence } from '../../../shared/supply-enums';

/** French wording used in the supply documents (the documents are French administrative papers). */

export const KIND_FR: Record<TDeviceKind, string> = {
  laptop: 'Ordinateur portable',
  desktop: 'Ordinateur fixe',
  tablet: 'Tablette',
  smartphone: 'Smartphone',
  router_4g: 'Routeur 4G',
  monitor: 'Écran',
  other: 'Autre',
};

export const CONDITION_FR: Record<TDeviceCondition, string> = {
  working: 'Fonctionnel',
  partly_working: 'Partiellement fonctionnel',
  not_working: 'Hors service',
  unknown: 'Inconnu',
};

export const DRIVES_FR: Record<TDrivesPresence, string> = {
  inside: 'Disques présents',
  removed: 'Disques retirés',
  none: 'Sans disque',
  unknown: 'Non précisé',
};
