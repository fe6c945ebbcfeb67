import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { CountPage } from './count-page';
import { CountStartPage } from './count-start-page';
import { DevicePage } from './device-page';
import { DevicesPage } from './devices-page';
import { ImportPage } from './import-page';
import { ItemsPage } from './items-page';
import { LocationsPage } from './locations-page';
import { QueuePage } from './queue-page';
import { ReceptionPage } from './reception-page';
import { SpecTiersPage } from './spec-tiers-page';
import { StockPage } from './stock-page';

/**
 * The workshop and inventory pages inside the shell, each behind the action the API checks:
 * the workshop queue, reception by scanning, device search and record, stock levels, stock
 * counts, and the catalogue pages (locations, bulk items, spec tiers).
 */
export function workshopRoutes() {
  return (
    <>
      <Route
        path="workshop"
        element={
          <RequireAction action="workshop.record">
            <QueuePage />
          </RequireAction>
        }
      />
      <Route
        path="workshop/reception"
        element={
          <RequireAction action="device.receive">
            <ReceptionPage />
          </RequireAction>
        }
      />
      <Route
        path="devices"
        element={
          <RequireAction action="device.read">
            <DevicesPage />
          </RequireAction>
        }
      />
      <Route
        path="devices/import"
        element={
          <RequireAction action="device.receive">
            <ImportPage />
          </RequireAction>
        }
      />
      <Route
        path="devices/:id"
        element={
          <RequireAction action="device.read">
            <DevicePage />
          </RequireAction>
        }
      />
      <Route
        path="stock"
        element={
          <RequireAction action="stock.read">
            <StockPage />
          </RequireAction>
        }
      />
      <Route
        path="stock/counts"
        element={
          <RequireAction action="stock.count">
            <CountStartPage />
          </RequireAction>
        }
      />
      <Route
        path="stock/counts/:id"
        element={
          <RequireAction action="stock.count">
            <CountPage />
          </RequireAction>
        }
      />
      <Route
        path="locations"
        element={
          <RequireAction action="location.read">
            <LocationsPage />
          </RequireAction>
        }
      />
      <Route
        path="items"
        element={
          <RequireAction action="item.read">
            <ItemsPage />
          </RequireAction>
        }
      />
      <Route
        path="spec-tiers"
        element={
          <RequireAction action="spec_tier.read">
            <SpecTiersPage />
          </RequireAction>
        }
      />
    </>
  );
}
