import type { TApp } from '../../types';
import { carrierRoutes } from './carriers';
import { handoverRoutes } from './handovers';
import { shipmentRoutes } from './shipments';

/** Logistics and handover (issue 7). */
export function logisticsRoutes(app: TApp) {
  shipmentRoutes(app);
  carrierRoutes(app);
  handoverRoutes(app);
}
