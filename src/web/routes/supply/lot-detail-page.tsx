import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getLot, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership } from '../../hooks/use-session';
import { isBankRole, roleCan } from '../../lib/access';
import { LotActions } from './lot-actions';
import { LotDocuments, LotFacts, LotHistory, LotLines, LotSteps } from './lot-parts';
import { LotImpact } from './lot-impact';
import { LotReception } from './lot-reception';
import { ReceiptModal } from './receipt-modals';
import { BackLink, LotStatusBadge } from './supply-common';

const RECEIPT_STATUSES = ['received', 'processed', 'closed'];

/**
 * A donation lot: its steps and history for everyone who may see it (the donor follows its
 * lot here and downloads its documents), the lifecycle buttons the API allows the actor, the
 * counting at the warehouse, and the tax receipt for the bank.
 */
export function LotDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const role = useActiveMembership()?.role;
  const [issuing, setIssuing] = useState(false);
  const q = useQuery({ queryKey: supplyKeys.lot(id), queryFn: () => getLot(id) });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const lot = q.data;
  const bank = isBankRole(role);
  const canIssue =
    roleCan(role, 'receipt.issue') &&
    RECEIPT_STATUSES.includes(lot.status) &&
    !lot.receipts.some((r) => r.status === 'issued');
  const ended = lot.status === 'declined' || lot.status === 'cancelled';
  return (
    <>
      <PageHeader
        title={t('supply.lot.title', { reference: lot.reference })}
        intro={<LotStatusBadge status={lot.status} />}
        before={<BackLink to="/donations" label={t('supply.lots.back')} />}
        actions={
          canIssue && (
            <Button
              leftSection={<IconReceipt size={16} aria-hidden />}
              onClick={() => setIssuing(true)}
            >
              {t('supply.receipts.issue')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {ended && (
          <Alert color="red" variant="light" title={t(`supply.lotStatus.${lot.status}`)}>
            {lot.decisionReason ?? ''}
          </Alert>
        )}
        <Group>
          <LotActions lot={lot} />
        </Group>
        {roleCan(role, 'donation.receive') && <LotReception lot={lot} />}
        {!ended && <LotSteps lot={lot} />}
        <LotFacts lot={lot} showDonor={bank || role === 'workshop_operator'} />
        {lot.impact.devices > 0 && <LotImpact impact={lot.impact} />}
        <LotLines lot={lot} />
        <LotDocuments lot={lot} />
        <LotHistory lot={lot} />
      </Stack>
      {issuing && (
        <ReceiptModal mode={{ kind: 'issue', lotId: lot.id }} onClose={() => setIssuing(false)} />
      )}
    </>
  );
}
