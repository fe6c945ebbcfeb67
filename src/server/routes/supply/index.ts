import type { TApp } from '../../types';
import { donationRoutes } from './donations';
import { grantRoutes } from './grants';
import { purchaseRoutes } from './purchases';
import { taxReceiptRoutes } from './tax-receipts';

/** Every route of the supply area (issue 4): donations, tax receipts, purchases, grants. */
export function supplyRoutes(app: TApp) {
  donationRoutes(app);
  taxReceiptRoutes(app);
  purchaseRoutes(app);
  grantRoutes(app);
}
