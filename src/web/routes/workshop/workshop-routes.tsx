import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { lazyPage } from '../../lib/lazy-page';

const CountPage = lazyPage(() => import('./count-page'), 'CountPage');
const CountStartPage = lazyPage(() => import('./count-start-page'), 'CountStartPage');
const DevicePage = lazyPage(() => import('./device-page'), 'DevicePage');
const DeviceByTagPage = lazyPage(() => import('./device-by-tag-page'), 'DeviceByTagPage');
const DevicesPage = lazyPage(() => import('./devices-page'), 'DevicesPage');
const ImportPage = lazyPage(() => import('./import-page'), 'ImportPage');
const ItemsPage = lazyPage(() => import('./items-page'), 'ItemsPage');
const LocationsPage = lazyPage(() => import('./locations-page'), 'LocationsPage');
const QueuePage = lazyPage(() => import('./queue-page'), 'QueuePage');
const ReceptionPage = lazyPage(() => import('./reception-page'), 'ReceptionPage');
const SpecTiersPage = lazyPage(() => import('./spec-tiers-page'), 'SpecTiersPage');
const StockPage = lazyPage(() => import('./stock-page'), 'StockPage');

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
        path="d/:tag"
        element={
          <RequireAction action="device.read">
            <DeviceByTagPage />
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
