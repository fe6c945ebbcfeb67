import { Route } from 'react-router';
import { RequireAction } from '../../components/common/guards';
import { PublicLayout } from '../../components/shell/public-layout';
import { ApplicationDetailPage, ApplicationsPage } from './applications-page';
import { ApplyCompletePage } from './apply-complete-page';
import { ApplyPage } from './apply-page';
import { BeneficiariesPage } from './beneficiaries-page';
import { CampaignEditPage, CampaignNewPage, CampaignsPage } from './campaigns-page';
import { BeneficiaryImportPage, StructureImportPage } from './import-page';
import { RequestEditPage, RequestNewPage } from './request-form';
import { RequestConfirmPage, RequestDetailPage, RequestsPage } from './requests-page';
import { ReviewDeskPage } from './review-desk-page';
import { ReviewRequestPage } from './review-request-page';
import { StructureConfirmPage } from './structure-pages';
import { StructureReferentsPage } from './structure-referents-page';

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
