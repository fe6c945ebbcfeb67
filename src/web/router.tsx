import { Route, Routes } from 'react-router';
import { RequireAction, RequireSession } from './components/common/guards';
import { PageLoader } from './components/common/page-loader';
import { AppLayout } from './components/shell/app-layout';
import { PublicLayout } from './components/shell/public-layout';
import { useSession } from './hooks/use-session';
import { ForgotPasswordPage } from './routes/auth/forgot-password';
import { InvitationPage } from './routes/auth/invitation';
import { LoginPage } from './routes/auth/login';
import { ResetPasswordPage } from './routes/auth/reset-password';
import { NotFoundPage } from './routes/errors/not-found';
import { HomePage } from './routes/home/home-page';
import { needsRoutes, publicNeedsRoutes } from './routes/needs/needs-routes';
import { allocationRoutes } from './routes/allocation/allocation-routes';
import { publicSupplyRoutes, supplyRoutes } from './routes/supply/supply-routes';
import { workshopRoutes } from './routes/workshop/workshop-routes';
import { logisticsRoutes } from './routes/logistics/logistics-routes';
import { lazyPage } from './lib/lazy-page';

const AuditPage = lazyPage(() => import('./routes/admin/audit-page'), 'AuditPage');
const OutboxPage = lazyPage(() => import('./routes/admin/outbox-page'), 'OutboxPage');
const SettingsPage = lazyPage(() => import('./routes/admin/settings-page'), 'SettingsPage');
const UsersPage = lazyPage(() => import('./routes/admin/users-page'), 'UsersPage');
const OrganisationCreatePage = lazyPage(
  () => import('./routes/organisations/organisation-form-page'),
  'OrganisationCreatePage',
);
const OrganisationEditPage = lazyPage(
  () => import('./routes/organisations/organisation-form-page'),
  'OrganisationEditPage',
);
const OrganisationDetailPage = lazyPage(
  () => import('./routes/organisations/organisation-detail-page'),
  'OrganisationDetailPage',
);
const OrganisationListPage = lazyPage(
  () => import('./routes/organisations/organisation-list-page'),
  'OrganisationListPage',
);

/** Unknown URLs: the 404 page inside the shell when logged in, on its own otherwise. */
function NotFoundRoute() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.data) return <AppLayout />;
  return (
    <PublicLayout>
      <NotFoundPage />
    </PublicLayout>
  );
}

/** Every page of the web app, with who may see it (matching src/domain/policy/actions.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <PublicLayout>
            <LoginPage />
          </PublicLayout>
        }
      />
      <Route
        path="/forgot-password"
        element={
          <PublicLayout>
            <ForgotPasswordPage />
          </PublicLayout>
        }
      />
      <Route
        path="/reset-password"
        element={
          <PublicLayout>
            <ResetPasswordPage />
          </PublicLayout>
        }
      />
      <Route
        path="/invitation"
        element={
          <PublicLayout>
            <InvitationPage />
          </PublicLayout>
        }
      />
      {publicNeedsRoutes()}
      {publicSupplyRoutes()}
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        {needsRoutes()}
        {supplyRoutes()}
        {workshopRoutes()}
        {allocationRoutes()}
        {logisticsRoutes()}
        <Route
          path="organisations"
          element={
            <RequireAction action="organisation.list">
              <OrganisationListPage />
            </RequireAction>
          }
        />
        <Route
          path="organisations/new"
          element={
            <RequireAction action="organisation.create">
              <OrganisationCreatePage />
            </RequireAction>
          }
        />
        <Route path="organisations/:id" element={<OrganisationDetailPage />} />
        <Route
          path="organisations/:id/edit"
          element={
            <RequireAction action="organisation.update">
              <OrganisationEditPage />
            </RequireAction>
          }
        />
        <Route
          path="admin/users"
          element={
            <RequireAction action="user.list">
              <UsersPage />
            </RequireAction>
          }
        />
        <Route
          path="admin/audit"
          element={
            <RequireAction action="audit.read">
              <AuditPage />
            </RequireAction>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <RequireAction action="outbox.read">
              <OutboxPage />
            </RequireAction>
          }
        />
        <Route
          path="admin/settings"
          element={
            <RequireAction action="settings.update">
              <SettingsPage />
            </RequireAction>
          }
        />
      </Route>
      <Route element={<NotFoundRoute />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
