import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconDots, IconDownload, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RECEIPT_STATUSES } from '../../../shared/supply-enums';
import {
  listReceipts,
  receiptExportUrl,
  receiptPdfUrl,
  supplyKeys,
  type TReceipt,
} from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { ReceiptModal } from './receipt-modals';
import { ReceiptStatusBadge, SupplyPages } from './supply-common';

const LIMIT = 50;

/** Tax receipts: the bank issues, corrects, exports them; a donor company downloads its own. */
export function ReceiptsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useActiveMembership()?.role;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const [year, setYear] = useState<string | null>(String(thisYear));
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [modal, setModal] = useState<{ kind: 'correct' | 'cancel'; receipt: TReceipt } | null>(
    null,
  );
  const canIssue = roleCan(role, 'receipt.issue');
  const list = useQuery({
    queryKey: supplyKeys.receipts({ year, status, page }),
    queryFn: () =>
      listReceipts({
        year: year ?? undefined,
        status: status ?? undefined,
        limit: LIMIT,
        offset: (page - 1) * LIMIT,
      }),
  });
  return (
    <>
      <PageHeader
        title={t('supply.nav.receipts')}
        intro={t(canIssue ? 'supply.receipts.introBank' : 'supply.receipts.introDonor')}
        actions={
          <>
            {roleCan(role, 'receipt.export') && year && (
              <Button
                component="a"
                href={receiptExportUrl(Number(year))}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t('supply.receipts.export', { year })}
              </Button>
            )}
            {roleCan(role, 'settings.update') && (
              <Button
                component={Link}
                to="/tax-receipts/issuer"
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t('supply.issuer.title')}
              </Button>
            )}
          </>
        }
      />
      <Paper p="sm" mb="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('supply.receipts.year')}
            data={years}
            value={year}
            onChange={(v) => {
              setYear(v);
              setPage(1);
            }}
            clearable
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            label={t('supply.receipts.status')}
            placeholder={t('supply.lots.allStatuses')}
            clearable
            data={RECEIPT_STATUSES.map((s) => ({
              value: s,
              label: t(`supply.receiptStatus.${s}`),
            }))}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('supply.receipts.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={820} label={t('supply.nav.receipts')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.receipts.number')}</Table.Th>
                  <Table.Th>{t('supply.receipts.status')}</Table.Th>
                  <Table.Th>{t('supply.lot.donor')}</Table.Th>
                  <Table.Th>{t('supply.lot.reference')}</Table.Th>
                  <Table.Th>{t('supply.receipts.giftDate')}</Table.Th>
                  <Table.Th>{t('supply.receipts.valuation')}</Table.Th>
                  <Table.Th>{t('supply.receipts.pdf')}</Table.Th>
                  {canIssue && <Table.Th>{t('supply.receipts.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.number}
                      {r.replacesNumber && (
                        <Text size="xs" c="dimmed">
                          {t('supply.receipts.replaces', { number: r.replacesNumber })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ReceiptStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>{r.donor.name}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/donations/${r.lotId}`}>
                        {r.lotReference ?? '—'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{format.date(r.giftDate)}</Table.Td>
                    <Table.Td>{format.currency(r.valuationCents)}</Table.Td>
                    <Table.Td>
                      <Anchor href={receiptPdfUrl(r.id)} download pos="relative">
                        PDF
                        <VisuallyHidden>
                          {' '}
                          {t('supply.receipts.pdfOf', { number: r.number })}
                        </VisuallyHidden>
                      </Anchor>
                    </Table.Td>
                    {canIssue && (
                      <Table.Td>
                        {r.status === 'issued' && (
                          <Menu position="bottom-end">
                            <Menu.Target>
                              <Button
                                variant="subtle"
                                size="xs"
                                aria-label={t('supply.receipts.actionsOf', { number: r.number })}
                              >
                                <IconDots size={16} aria-hidden />
                              </Button>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item onClick={() => setModal({ kind: 'correct', receipt: r })}>
                                {t('supply.receipts.correct')}
                              </Menu.Item>
                              <Menu.Item
                                color="red.9"
                                onClick={() => setModal({ kind: 'cancel', receipt: r })}
                              >
                                {t('supply.receipts.cancel')}
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <SupplyPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
        </Paper>
      )}
      {modal && <ReceiptModal mode={modal} onClose={() => setModal(null)} />}
    </>
  );
}
