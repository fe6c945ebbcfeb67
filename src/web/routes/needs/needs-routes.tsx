import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { PublicLayout } from '../../components/shell/public-layout';
import { lazyPage } from '../../lib/lazy-page';

const ApplicationDetailPage = lazyPage(
  () => import('./applications-page'),
  'ApplicationDetailPage',
);
const ApplicationsPage = lazyPage(() => import('./applications-page'), 'ApplicationsPage');
const ApplyCompletePage = lazyPage(() => import('./apply-complete-page'), 'ApplyCompletePage');
const ApplyPage = lazyPage(() => import('./apply-page'), 'ApplyPage');
const BeneficiariesPage = lazyPage(() => import('./beneficiaries-page'), 'BeneficiariesPage');
const CampaignEditPage = lazyPage(() => import('./campaigns-page'), 'CampaignEditPage');
const CampaignNewPage = lazyPage(() => import('./campaigns-page'), 'CampaignNewPage');
const CampaignsPage = lazyPage(() => import('./campaigns-page'), 'CampaignsPage');
const BeneficiaryImportPage = lazyPage(() => import('./import-page'), 'BeneficiaryImportPage');
const StructureImportPage = lazyPage(() => import('./import-page'), 'StructureImportPage');
const RequestEditPage = lazyPage(() => import('./request-form'), 'RequestEditPage');
const RequestNewPage = lazyPage(() => import('./request-form'), 'RequestNewPage');
const RequestConfirmPage = lazyPage(() => import('./requests-page'), 'RequestConfirmPage');
const RequestDetailPage = lazyPage(() => import('./requests-page'), 'RequestDetailPage');
const RequestsPage = lazyPage(() => import('./requests-page'), 'RequestsPage');
const ReviewDeskPage = lazyPage(() => import('./review-desk-page'), 'ReviewDeskPage');
const ReviewRequestPage = lazyPage(() => import('./review-request-page'), 'ReviewRequestPage');
const StructureConfirmPage = lazyPage(() => import('./structure-pages'), 'StructureConfirmPage');
const StructureReferentsPage = lazyPage(
  () => import('./structure-referents-page'),
  'StructureReferentsPage',
);

/** The public pages of the needs area: a structure applying to join, or completing it. */
export function publicNeedsRoutes() {
  return (
    <>
      <Route
        path="/apply"
        element={
          <PublicLayout>
            <ApplyPage />
          </PublicLayout>
        }
      />
      <Route
        path="/apply/complete"
        element={
          <PublicLayout>
            <ApplyCompletePage />
          </PublicLayout>
        }
      />
    </>
  );
}

/**
 * The needs area's pages inside the shell, each behind the action the API checks: referents'
 * beneficiaries and requests, coordinators' applications queue and review desk.
 */
export function needsRoutes() {
  return (
    <>
      <Route
        path="beneficiaries"
        element={
          <RequireAction action="beneficiary.read">
            <BeneficiariesPage />
          </RequireAction>
        }
      />
      <Route
        path="beneficiaries/import"
        element={
          <RequireAction action="beneficiary.import">
            <BeneficiaryImportPage />
          </RequireAction>
        }
      />
      <Route
        path="imports/structures"
        element={
          <RequireAction action="structure.import">
            <StructureImportPage />
          </RequireAction>
        }
      />
      <Route
        path="requests"
        element={
          <RequireAction action="request.read">
            <RequestsPage />
          </RequireAction>
        }
      />
      <Route
        path="requests/new"
        element={
          <RequireAction action="request.write">
            <RequestNewPage />
          </RequireAction>
        }
      />
      <Route
        path="requests/:id"
        element={
          <RequireAction action="request.read">
            <RequestDetailPage />
          </RequireAction>
        }
      />
      <Route
        path="requests/:id/edit"
        element={
          <RequireAction action="request.write">
            <RequestEditPage />
          </RequireAction>
        }
      />
      <Route
        path="requests/:id/confirm"
        element={
          <RequireAction action="request.submit">
            <RequestConfirmPage />
          </RequireAction>
        }
      />
      <Route
        path="campaigns"
        element={
          <RequireAction action="campaign.manage">
            <CampaignsPage />
          </RequireAction>
        }
      />
      <Route
        path="campaigns/new"
        element={
          <RequireAction action="campaign.manage">
            <CampaignNewPage />
          </RequireAction>
        }
      />
      <Route
        path="campaigns/:id"
        element={
          <RequireAction action="campaign.manage">
            <CampaignEditPage />
          </RequireAction>
        }
      />
      <Route
        path="structures/:id/confirm"
        element={
          <RequireAction action="structure.confirm">
            <StructureConfirmPage />
          </RequireAction>
        }
      />
      <Route
        path="structures/:id/referents"
        element={
          <RequireAction action="referent.invite">
            <StructureReferentsPage />
          </RequireAction>
        }
      />
      <Route
        path="review/applications"
        element={
          <RequireAction action="application.review">
            <ApplicationsPage />
          </RequireAction>
        }
      />
      <Route
        path="review/applications/:id"
        element={
          <RequireAction action="application.review">
            <ApplicationDetailPage />
          </RequireAction>
        }
      />
      <Route
        path="review/requests"
        element={
          <RequireAction action="review.read">
            <ReviewDeskPage />
          </RequireAction>
        }
      />
      <Route
        path="review/requests/:id"
        element={
          <RequireAction action="review.read">
            <ReviewRequestPage />
          </RequireAction>
        }
      />
    </>
  );
}
