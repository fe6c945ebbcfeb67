import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { TAction } from '../../../domain/policy';
import { RequireAction } from '../../components/common/guards';
import { PublicLayout } from '../../components/shell/public-layout';
import { DonatePage } from './donate-page';
import { GrantDetailPage } from './grant-detail-page';
import { GrantsPage } from './grants-page';
import { IssuerPage } from './issuer-page';
import { LotDeclarePage } from './lot-declare-page';
import { LotDetailPage } from './lot-detail-page';
import { LotsPage } from './lots-page';
import { OrderDetailPage } from './order-detail-page';
import { OrderFormPage } from './order-form-page';
import { OrdersPage } from './orders-page';
import { ReceiptsPage } from './receipts-page';
import { RulesPage } from './rules-page';

const guarded = (path: string, action: TAction, page: ReactNode) => (
  <Route key={path} path={path} element={<RequireAction action={action}>{page}</RequireAction>} />
);

/**
 * The supply area's pages inside the shell (issue 4), each behind the action the API checks:
 * donation lots (donor companies, the bank, the warehouse), tax receipts, purchases, grants.
 */
export function supplyRoutes() {
  return [
    guarded('donations', 'donation.read', <LotsPage />),
    guarded('donations/new', 'donation.declare', <LotDeclarePage />),
    guarded('donations/rules', 'settings.update', <RulesPage />),
    guarded('donations/:id', 'donation.read', <LotDetailPage />),
    guarded('tax-receipts', 'receipt.read', <ReceiptsPage />),
    guarded('tax-receipts/issuer', 'settings.update', <IssuerPage />),
    guarded('purchases', 'purchase.read', <OrdersPage />),
    guarded('purchases/new', 'purchase.write', <OrderFormPage />),
    guarded('purchases/:id', 'purchase.read', <OrderDetailPage />),
    guarded('purchases/:id/edit', 'purchase.write', <OrderFormPage />),
    guarded('grants', 'grant.read', <GrantsPage />),
    guarded('grants/:id', 'grant.read', <GrantDetailPage />),
  ];
}

/** The supply area's public page (no login): the donation form that creates the account. */
export function publicSupplyRoutes() {
  return (
    <Route
      path="/donate"
      element={
        <PublicLayout>
          <DonatePage />
        </PublicLayout>
      }
    />
  );
}
