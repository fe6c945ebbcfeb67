import { useState } from 'react';
import { Anchor, Button, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getOrder, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { BudgetPreview, EndModal } from './order-budget';
import { OrderReception } from './order-reception';
import { BackLink, Fact, OrderStatusBadge, Section } from './supply-common';

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
