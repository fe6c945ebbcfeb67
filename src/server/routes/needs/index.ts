import type { TApp } from '../../types';
import { applicationRoutes } from './applications';
import { beneficiaryRoutes } from './beneficiaries';
import { campaignRoutes } from './campaigns';
import { importRoutes } from './imports';
import { requestRoutes } from './requests';
import { reviewRoutes } from './review';
import { structureRoutes } from './structures';

/** Every route of the needs area (structures joining, beneficiaries, requests, review, imports). */
export function needsRoutes(app: TApp) {
  applicationRoutes(app);
  structureRoutes(app);
  beneficiaryRoutes(app);
  campaignRoutes(app);
  requestRoutes(app);
  reviewRoutes(app);
  importRoutes(app);
}
