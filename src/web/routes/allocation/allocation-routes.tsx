import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { NewWavePage } from './new-wave-page';
import { WavePage } from './wave-page';
import { WavesPage } from './waves-page';

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
