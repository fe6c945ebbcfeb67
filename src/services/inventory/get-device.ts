import type { Executor } from '../../db/connect';
import { findLocation } from '../../db/repositories/locations-repo';
import { listSteps } from '../../db/repositories/workshop-repo';
import { batteryBand } from '../../domain/device/grading';
import { eventsFrom, transition } from '../../domain/device/lifecycle';
import { osNeedsLicence } from '../../domain/device/os-licence';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from './access';
import { loadDrivesWithErasures, loadTransitionFacts } from './device-facts';
import { qualifyDevice } from './qualify-device';
import { latestHandoverOfDevice } from '../../db/repositories/device-handover-repo';
import { isBankActor } from '../needs/scope';

/** What a QR label encodes: a link that opens the device, ending with its asset tag. */
export function qrContent(publicUrl: string, assetTag: string): string {
  return `${publicUrl}/d/${assetTag}`;
}

/**
 * Everything the device page shows: record, location, drives with their erasures, workshop
 * steps, the events allowed now, what `ready` still needs, the tier qualification and, for the
 * bank's staff, its latest handover (structure and beneficiary reference).
 */
export async function getDeviceInTx(ctx: ServiceContext, ex: Executor, id: string) {
  const device = await loadDeviceFor(ctx, ex, id, 'device.read');
  const [location, drives, steps, facts, qualification] = await Promise.all([
    device.locationId ? findLocation(ex, device.locationId) : undefined,
    loadDrivesWithErasures(ex, device.id),
    listSteps(ex, device.id),
    loadTransitionFacts(ex, device),
    qualifyDevice(ex, device),
  ]);
  const readiness = transition('erasure', 'mark_ready', facts);
  // Who holds it now: the beneficiary reference is for the bank's coordinators (and, on its
  // own pages, the structure), never for workshops.
  const handover = isBankActor(ctx.actor) ? await latestHandoverOfDevice(ex, device.id) : null;
  return {
    ...device,
    handover,
    location: location
      ? { id: location.id, name: location.name, organisationId: location.organisationId }
      : null,
    drives,
    steps: steps.map((s) => ({ ...s.step, operatorName: s.operatorName })),
    allowedEvents: eventsFrom(device.state),
    readyCheck: {
      isSatisfied: readiness.ok,
      missing: readiness.ok
        ? []
        : readiness.error.code === 'guard_failed'
          ? readiness.error.missing
          : [],
    },
    batteryBand: batteryBand(device.batteryHealthPct),
    osNeedsLicence: osNeedsLicence(device.osName),
    qualification: {
      tier: qualification.tier,
      nextTier: qualification.nextTier,
      reasonsForNext: qualification.reasonsForNext,
    },
    qrContent: qrContent(ctx.config.publicUrl, device.assetTag),
  };
}

/** One device as its page shows it (404 outside the actor's organisation). */
export async function getDevice(ctx: ServiceContext, id: string) {
  return getDeviceInTx(ctx, ctx.db, id);
}
