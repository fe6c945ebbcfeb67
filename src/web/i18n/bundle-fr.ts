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

/**
 * Every French string of the interface in one namespace: one JSON file per area, each holding
 * top-level sections (`auth`, `organisations`…). Loaded as its own chunk, only when this
 * language is shown (see `loadLanguage` in ./index.ts).
 */
export const translation = {
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
};
