import frCommon from './fr/common.json';
import frAuth from './fr/auth.json';
import frHome from './fr/home.json';
import frOrganisations from './fr/organisations.json';
import frAdmin from './fr/admin.json';
import frErrors from './fr/errors.json';
import frNeeds from './fr/needs.json';
import frSupply from './fr/supply.json';
import frWorkshop from './fr/workshop.json';
import frAllocation from './fr/allocation.json';
import frLogistics from './fr/logistics.json';
import enCommon from './en/common.json';
import enAuth from './en/auth.json';
import enHome from './en/home.json';
import enOrganisations from './en/organisations.json';
import enAdmin from './en/admin.json';
import enErrors from './en/errors.json';
import enNeeds from './en/needs.json';
import enSupply from './en/supply.json';
import enWorkshop from './en/workshop.json';
import enAllocation from './en/allocation.json';
import enLogistics from './en/logistics.json';

/**
 * Every string of the interface, French first. One JSON file per area and language; each
 * file holds top-level sections (`auth`, `organisations`…) merged into one namespace.
 */
export const resources = {
  fr: {
    translation: {
      ...frCommon,
      ...frAuth,
      ...frHome,
      ...frOrganisations,
      ...frAdmin,
      ...frErrors,
      ...frNeeds,
      ...frSupply,
      ...frWorkshop,
      ...frAllocation,
      ...frLogistics,
    },
  },
  en: {
    translation: {
      ...enCommon,
      ...enAuth,
      ...enHome,
      ...enOrganisations,
      ...enAdmin,
      ...enErrors,
      ...enNeeds,
      ...enSupply,
      ...enWorkshop,
      ...enAllocation,
      ...enLogistics,
    },
  },
} as const;
