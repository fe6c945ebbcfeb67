import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { CarriersPage } from './carriers-page';
import { DiscrepanciesPage } from './discrepancies-page';
import { FollowUpsPage } from './follow-ups-page';
import { HandoverFormPage } from './handover-form-page';
import { HandoversPage } from './handovers-page';
import { PackPage } from './pack-page';
import { PickListPage } from './pick-list-page';
import { ReceptionPage } from './reception-page';
import { ShipmentPage } from './shipment-page';
import { ShipmentsPage } from './shipments-page';
import { TrackingImportPage } from './tracking-import-page';

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
