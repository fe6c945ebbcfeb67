import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { TAction } from '../../../domain/policy';
import { RequireAction } from '../../components/common/guards';
import { PublicLayout } from '../../components/shell/public-layout';
import { lazyPage } from '../../lib/lazy-page';

const DonatePage = lazyPage(() => import('./donate-page'), 'DonatePage');
const GrantDetailPage = lazyPage(() => import('./grant-detail-page'), 'GrantDetailPage');
const GrantsPage = lazyPage(() => import('./grants-page'), 'GrantsPage');
const IssuerPage = lazyPage(() => import('./issuer-page'), 'IssuerPage');
const LotDeclarePage = lazyPage(() => import('./lot-declare-page'), 'LotDeclarePage');
const LotDetailPage = lazyPage(() => import('./lot-detail-page'), 'LotDetailPage');
const LotsPage = lazyPage(() => import('./lots-page'), 'LotsPage');
const OrderDetailPage = lazyPage(() => import('./order-detail-page'), 'OrderDetailPage');
const OrderFormPage = lazyPage(() => import('./order-form-page'), 'OrderFormPage');
const OrdersPage = lazyPage(() => import('./orders-page'), 'OrdersPage');
const ReceiptsPage = lazyPage(() => import('./receipts-page'), 'ReceiptsPage');
const RulesPage = lazyPage(() => import('./rules-page'), 'RulesPage');

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
