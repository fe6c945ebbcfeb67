import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { lazyPage } from '../../lib/lazy-page';

const NewWavePage = lazyPage(() => import('./new-wave-page'), 'NewWavePage');
const WavePage = lazyPage(() => import('./wave-page'), 'WavePage');
const WavesPage = lazyPage(() => import('./waves-page'), 'WavesPage');

/** The coordinators' allocation waves (list, new, one wave), behind the API's actions. */
export function allocationRoutes() {
  return (
    <>
      <Route
        path="allocation"
        element={
          <RequireAction action="allocation.read">
            <WavesPage />
          </RequireAction>
        }
      />
      <Route
        path="allocation/new"
        element={
          <RequireAction action="allocation.run">
            <NewWavePage />
          </RequireAction>
        }
      />
      <Route
        path="allocation/:id"
        element={
          <RequireAction action="allocation.read">
            <WavePage />
          </RequireAction>
        }
      />
    </>
  );
}
