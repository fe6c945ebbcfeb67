import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { lazyPage } from '../../lib/lazy-page';

const CarriersPage = lazyPage(() => import('./carriers-page'), 'CarriersPage');
const DiscrepanciesPage = lazyPage(() => import('./discrepancies-page'), 'DiscrepanciesPage');
const FollowUpsPage = lazyPage(() => import('./follow-ups-page'), 'FollowUpsPage');
const HandoverFormPage = lazyPage(() => import('./handover-form-page'), 'HandoverFormPage');
const HandoversPage = lazyPage(() => import('./handovers-page'), 'HandoversPage');
const PackPage = lazyPage(() => import('./pack-page'), 'PackPage');
const PickListPage = lazyPage(() => import('./pick-list-page'), 'PickListPage');
const ReceptionPage = lazyPage(() => import('./reception-page'), 'ReceptionPage');
const ShipmentPage = lazyPage(() => import('./shipment-page'), 'ShipmentPage');
const ShipmentsPage = lazyPage(() => import('./shipments-page'), 'ShipmentsPage');
const TrackingImportPage = lazyPage(() => import('./tracking-import-page'), 'TrackingImportPage');

/**
 * Logistics and handover (issue 7): shipments, packing by scan, pick lists and discrepancies
 * for the bank; reception and handovers to beneficiaries for structures.
 */
export function logisticsRoutes() {
  return (
    <>
      <Route
        path="shipments"
        element={
          <RequireAction action="shipment.read">
            <ShipmentsPage />
          </RequireAction>
        }
      />
      <Route
        path="shipments/:id"
        element={
          <RequireAction action="shipment.read">
            <ShipmentPage />
          </RequireAction>
        }
      />
      <Route
        path="shipments/:id/pack"
        element={
          <RequireAction action="shipment.pack">
            <PackPage />
          </RequireAction>
        }
      />
      <Route
        path="shipments/:id/receive"
        element={
          <RequireAction action="shipment.receive">
            <ReceptionPage />
          </RequireAction>
        }
      />
      <Route
        path="pick-lists"
        element={
          <RequireAction action="shipment.pack">
            <PickListPage />
          </RequireAction>
        }
      />
      <Route
        path="discrepancies"
        element={
          <RequireAction action="discrepancy.resolve">
            <DiscrepanciesPage />
          </RequireAction>
        }
      />
      <Route
        path="handovers"
        element={
          <RequireAction action="handover.read">
            <HandoversPage />
          </RequireAction>
        }
      />
      <Route
        path="handovers/new"
        element={
          <RequireAction action="handover.write">
            <HandoverFormPage />
          </RequireAction>
        }
      />
      <Route
        path="shipments/tracking-import"
        element={
          <RequireAction action="shipment.manage">
            <TrackingImportPage />
          </RequireAction>
        }
      />
      <Route
        path="carriers"
        element={
          <RequireAction action="carrier.manage">
            <CarriersPage />
          </RequireAction>
        }
      />
      <Route
        path="follow-ups"
        element={
          <RequireAction action="handover.read">
            <FollowUpsPage />
          </RequireAction>
        }
      />
    </>
  );
}
