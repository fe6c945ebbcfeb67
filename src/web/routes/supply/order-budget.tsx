import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Table, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderAction, previewOrder, supplyKeys, type TOrderDetail } from '../../api/supply';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { Section, supplyFieldError } from './supply-common';

/** The budget per grant before confirming, and the confirmation itself. */
export function BudgetPreview({ order }: { order: TOrderDetail }) {
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
export function EndModal({
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
