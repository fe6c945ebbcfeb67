import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RETURN_REASONS, type TReturnReason } from '../../../shared/logistics';
import {
  evidenceUrl,
  listHandovers,
  logisticsKeys,
  returnDevice,
  type THandover,
} from '../../api/logistics';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useCan } from './logistics-common';

function ReturnDialog({ handover, onClose }: { handover: THandover | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<TReturnReason | null>(null);
  const [comment, setComment] = useState('');
  const save = useMutation({
    mutationFn: () =>
      returnDevice({
        deviceId: handover!.device.id,
        reason: reason!,
        comment: comment.trim() || null,
      }),
    onSuccess: () => {
      notifySuccess(t, t('logistics.returns.done'));
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
      setReason(null);
      setComment('');
      onClose();
    },
  });
  return (
    <AppModal
      opened={!!handover}
      onClose={onClose}
      title={t('logistics.returns.title', { assetTag: handover?.device.assetTag ?? '' })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('logistics.returns.help')}</Text>
        <Select
          label={t('logistics.returns.reason')}
          data={RETURN_REASONS.map((r) => ({ value: r, label: t(`logistics.returnReason.${r}`) }))}
          value={reason}
          onChange={(v) => setReason(v as TReturnReason | null)}
          required
          comboboxProps={{ withinPortal: false }}
        />
        <Textarea
          label={t('logistics.returns.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} disabled={!reason} loading={save.isPending}>
            {t('logistics.returns.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function HandoverTable({
  items,
  label,
  onReturn,
}: {
  items: THandover[];
  label: string;
  onReturn?: (h: THandover) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollTable minWidth={760} label={label}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('logistics.shipment.assetTag')}</Table.Th>
            <Table.Th>{t('logistics.handover.beneficiary')}</Table.Th>
            <Table.Th>{t('logistics.handover.form')}</Table.Th>
            <Table.Th>{t('logistics.handover.date')}</Table.Th>
            <Table.Th>{t('logistics.handover.returnDueOn')}</Table.Th>
            <Table.Th>{t('logistics.handover.charter')}</Table.Th>
            {onReturn && <Table.Th>{t('logistics.returns.column')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td ff="monospace">{h.device.assetTag}</Table.Td>
              <Table.Td>{h.beneficiary.reference}</Table.Td>
              <Table.Td>
                {t(`logistics.form.${h.form}`)}
                {h.priceCents !== null && h.form === 'sale'
                  ? ` — ${format.currency(h.priceCents)}`
                  : ''}
              </Table.Td>
              <Table.Td>{format.date(h.handedOverOn)}</Table.Td>
              <Table.Td>{h.returnDueOn ? format.date(h.returnDueOn) : '—'}</Table.Td>
              <Table.Td>
                {h.signatureId || h.photoId ? (
                  <Anchor
                    href={evidenceUrl((h.signatureId ?? h.photoId)!)}
                    target="_blank"
                    rel="noopener"
                  >
                    {t(`logistics.charter.${h.charterMethod}`)}
                  </Anchor>
                ) : (
                  t(`logistics.charter.${h.charterMethod}`)
                )}
              </Table.Td>
              {onReturn && (
                <Table.Td>
                  {h.returnedAt ? (
                    <Badge color="gray.8">
                      {t(`logistics.returnReason.${h.returnReason ?? 'loan_end'}`)}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onReturn(h)}
                      aria-label={t('logistics.returns.buttonFor', { assetTag: h.device.assetTag })}
                    >
                      {t('logistics.returns.button')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Handovers of the structure (or all, for the bank), loans due back, and returns. */
export function HandoversPage() {
  const { t } = useTranslation();
  const canWrite = useCan('handover.write');
  const [returning, setReturning] = useState<THandover | null>(null);
  const all = useQuery({
    queryKey: logisticsKeys.handovers({}),
    queryFn: () => listHandovers({ limit: 500 }),
  });
  const due = useQuery({
    queryKey: logisticsKeys.handovers({ loansDue: true }),
    queryFn: () => listHandovers({ loansDue: 'true' }),
  });
  return (
    <>
      <PageHeader
        title={t('logistics.nav.handovers')}
        intro={t('logistics.handover.intro')}
        actions={
          canWrite && (
            <Button
              component={Link}
              to="/handovers/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('logistics.handover.new')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="loans-due">
          <Title order={2} size="h4" id="loans-due" mb="sm">
            {t('logistics.handover.loansDue')}
          </Title>
          <ErrorAlert error={due.error} />
          {due.data &&
            (due.data.items.length === 0 ? (
              <Text size="sm">{t('logistics.handover.noLoansDue')}</Text>
            ) : (
              <HandoverTable items={due.data.items} label={t('logistics.handover.loansDueTable')} />
            ))}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="handovers-all">
          <Title order={2} size="h4" id="handovers-all" mb="sm">
            {t('logistics.handover.all')}
          </Title>
          {all.isPending && <PageLoader />}
          <ErrorAlert error={all.error} />
          {all.data &&
            (all.data.items.length === 0 ? (
              <Text size="sm">{t('logistics.handover.empty')}</Text>
            ) : (
              <HandoverTable
                items={all.data.items}
                label={t('logistics.handover.allTable')}
                onReturn={canWrite ? setReturning : undefined}
              />
            ))}
        </Paper>
      </Stack>
      <ReturnDialog handover={returning} onClose={() => setReturning(null)} />
    </>
  );
}
