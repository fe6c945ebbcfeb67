import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { TAction } from '../../../domain/policy';
import { useActiveMembership, useSession } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { loginUrlFor } from '../../lib/safe-next';
import { ErrorAlert } from './error-alert';
import { PageLoader } from './page-loader';
import { ForbiddenPage } from '../../routes/errors/forbidden';

/** Shows its content to logged-in people; sends others to /login?next=<this page>. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { data, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Navigate to={loginUrlFor(location.pathname + location.search)} replace />;
  return children;
}

/** Shows its content only if the active role may perform the action (as the API decides). */
export function RequireAction({ action, children }: { action: TAction; children: ReactNode }) {
  const membership = useActiveMembership();
  if (!roleCan(membership?.role, action)) return <ForbiddenPage />;
  return children;
}
