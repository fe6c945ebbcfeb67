import type { TApp } from '../../types';
import { catalogueRoutes } from './catalogue';
import { deviceRoutes } from './devices';
import { erasureReportRoutes } from './erasure-reports';
import { probeRoutes } from './probe';
import { stockRoutes } from './stock';
import { workshopRoutes } from './workshop';

/** Every route of the workshop and inventory area (issue 5). */
export function inventoryRoutes(app: TApp) {
  catalogueRoutes(app);
  deviceRoutes(app);
  workshopRoutes(app);
  probeRoutes(app);
  stockRoutes(app);
  erasureReportRoutes(app);
}
