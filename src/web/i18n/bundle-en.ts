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
 * Every English string of the interface in one namespace: one JSON file per area, each holding
 * top-level sections (`auth`, `organisations`…). Loaded as its own chunk, only when this
 * language is shown (see `loadLanguage` in ./index.ts).
 */
export const translation = {
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
};
