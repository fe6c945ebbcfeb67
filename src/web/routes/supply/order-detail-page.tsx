import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  getOrder,
  orderAction,
  previewOrder,
  supplyKeys,
  type TOrderDetail,
} from '../../api/supply';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { OrderReception } from './order-reception';
import { BackLink, Fact, OrderStatusBadge, Section, supplyFieldError } from './supply-common';

/** The budget per grant before confirming, and the confirmation itself. */
function BudgetPreview({ order }: { order: TOrderDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const q = useQuery({
    queryKey: supplyKeys.preview(order.id),
    queryFn: () => previewOrder(order.id),
  });
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await orderAction(order.id, 'confirm');
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.orders.confirmed'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section id="po-budget" title={t('supply.orders.budget')}>
      <ErrorAlert error={error ?? q.error} />
      {q.data && (
        <>
          <ScrollTable
            minWidth={560}
            label={t('supply.tableOf', { title: t('supply.orders.budget') })}
          >
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.grants.name')}</Table.Th>
                  <Table.Th>{t('supply.orders.allocation')}</Table.Th>
                  <Table.Th>{t('supply.orders.leftBefore')}</Table.Th>
                  <Table.Th>{t('supply.orders.leftAfter')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.grants.map((g) => (
                  <Table.Tr key={g.grantId}>
                    <Table.Td>{g.grantName}</Table.Td>
                    <Table.Td>{format.currency(g.allocationCents)}</Table.Td>
                    <Table.Td>{format.currency(g.leftBeforeCents)}</Table.Td>
                    <Table.Td
                      c={g.isExceeded ? 'red.9' : undefined}
                      fw={g.isExceeded ? 700 : undefined}
                    >
                      {format.currency(g.leftAfterCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {(q.data.problems.length > 0 || q.data.isExceeded) && (
            <Alert color="red" variant="light" title={t('supply.orders.cannotConfirm')}>
              <List size="sm">
                {q.data.isExceeded && <List.Item>{t('errors.grant_exceeded')}</List.Item>}
                {q.data.problems.map((p, i) => (
                  <List.Item key={i}>{supplyFieldError(t, p.code, p.params)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group>
            <Button onClick={() => void confirm()} loading={busy} disabled={!q.data.canConfirm}>
              {t('supply.orders.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Section>
  );
}

/** Close (short-close) or cancel, with a reason. */
function EndModal({
  order,
  kind,
  onClose,
}: {
  order: TOrderDetail;
  kind: 'close' | 'cancel';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (kind === 'cancel' && !reason.trim()) return setMissing(true);
    try {
      await orderAction(order.id, kind, { reason: reason.trim() || undefined });
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t(`supply.orders.${kind}Done`));
      onClose();
    } catch (x) {
      setError(x);
    }
  }
  return (
    <AppModal opened onClose={onClose} title={t(`supply.orders.${kind}`)}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <Textarea
            label={t('supply.actions.reason')}
            required={kind === 'cancel'}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? supplyFieldError(t, 'required') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9">
              {t(`supply.orders.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** A purchase order: lines and what was received, paying grants, budget, deliveries, returns. */
export function OrderDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [ending, setEnding] = useState<'close' | 'cancel' | null>(null);
  const q = useQuery({ queryKey: supplyKeys.order(id), queryFn: () => getOrder(id) });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const o = q.data;
  const can = (e: string) => o.allowedEvents.includes(e);
  const receiving = can('receive_part');
  return (
    <>
      <PageHeader
        title={t('supply.orders.title', { number: o.number })}
        intro={<OrderStatusBadge status={o.status} />}
        before={<BackLink to="/purchases" label={t('supply.orders.back')} />}
        actions={
          <>
            {o.status === 'draft' && (
              <Button component={Link} to={`/purchases/${o.id}/edit`} variant="default">
                {t('common.edit')}
              </Button>
            )}
            {can('close') && (
              <Button variant="default" onClick={() => setEnding('close')}>
                {t('supply.orders.close')}
              </Button>
            )}
            {can('cancel') && (
              <Button variant="default" onClick={() => setEnding('cancel')}>
                {t('supply.orders.cancel')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <Section id="po-summary" title={t('supply.lot.summary')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <Fact label={t('supply.orders.supplier')}>{o.supplier.name}</Fact>
            <Fact label={t('supply.orders.supplierReference')}>{o.supplierReference ?? '—'}</Fact>
            <Fact label={t('supply.orders.expected')}>
              {o.expectedDeliveryOn ? format.date(o.expectedDeliveryOn) : '—'}
            </Fact>
            <Fact label={t('supply.orders.gross')}>
              {t('supply.orders.totals', {
                net: format.currency(o.netCents),
                vat: format.currency(o.vatCents),
                gross: format.currency(o.grossCents),
              })}
            </Fact>
            {o.statusReason && <Fact label={t('supply.lot.decisionReason')}>{o.statusReason}</Fact>}
          </SimpleGrid>
        </Section>
        <Section id="po-lines-view" title={t('supply.orders.lines')}>
          <ScrollTable
            minWidth={640}
            label={t('supply.tableOf', { title: t('supply.orders.lines') })}
          >
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.line.kind')}</Table.Th>
                  <Table.Th>{t('supply.orders.tier')}</Table.Th>
                  <Table.Th>{t('supply.orders.quantity')}</Table.Th>
                  <Table.Th>{t('supply.orders.unitPrice')}</Table.Th>
                  <Table.Th>{t('supply.orders.gross')}</Table.Th>
                  <Table.Th>{t('supply.line.received')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.lines.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{t(`supply.kinds.${l.kind}`)}</Table.Td>
                    <Table.Td>{l.specTierNumber}</Table.Td>
                    <Table.Td>{format.number(l.quantity)}</Table.Td>
                    <Table.Td>{format.currency(l.unitPriceCents)}</Table.Td>
                    <Table.Td>{format.currency(l.grossCents)}</Table.Td>
                    <Table.Td>{format.number(l.received)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Section>
        <Section id="po-grants-view" title={t('supply.orders.grants')}>
          {o.grants.length === 0 && <Text size="sm">{t('supply.orders.noGrant')}</Text>}
          <List size="sm">
            {o.grants.map((g) => (
              <List.Item key={g.grantId}>
                <Anchor component={Link} to={`/grants/${g.grantId}`}>
                  {g.grantName}
                </Anchor>{' '}
                — {format.currency(g.amountCents)}
              </List.Item>
            ))}
          </List>
        </Section>
        {o.status === 'draft' && <BudgetPreview order={o} />}
        {receiving && <OrderReception order={o} />}
        {o.receptions.length > 0 && (
          <Section id="po-receptions" title={t('supply.orders.receptions')}>
            <List size="sm">
              {o.receptions.map((r) => (
                <List.Item key={r.id}>
                  {t('supply.orders.receptionLine', {
                    date: format.date(r.receivedAt),
                    received: r.unitsReceived,
                    returned: r.unitsReturned,
                    amount: format.currency(r.amountCents),
                    note: r.deliveryNoteRef ?? '—',
                  })}
                </List.Item>
              ))}
            </List>
            {o.returns.length > 0 && (
              <Text size="sm">
                {t('supply.orders.returnsSummary', { count: o.returns.length })}{' '}
                {[...new Set(o.returns.map((r) => t(`supply.returnReasons.${r.reason}`)))].join(
                  ', ',
                )}
              </Text>
            )}
          </Section>
        )}
      </Stack>
      {ending && <EndModal order={o} kind={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
