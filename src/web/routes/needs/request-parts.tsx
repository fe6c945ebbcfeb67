import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TRequestDetail } from '../../api/needs';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { RequestStatusBadge, WaitingFor } from './needs-common';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}

/** Where a request stands and what it is about (status, waiting for, campaign, delivery). */
export function RequestSummary({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper p="lg" component="section" aria-labelledby="rq-summary">
      <Title order={2} size="h3" id="rq-summary" mb="sm">
        {t('needs.request.summary')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" component="dl" m={0}>
        <Item label={t('needs.request.status')}>
          <RequestStatusBadge status={r.status} />
        </Item>
        <Item label={t('needs.request.waitingFor')}>
          <WaitingFor waitingFor={r.waitingFor} />
        </Item>
        <Item label={t('needs.request.nextStep')}>{t(`needs.nextStep.${r.nextStep}`)}</Item>
        <Item label={t('needs.requestForm.campaign')}>{r.campaign.name}</Item>
        <Item label={t('needs.requestForm.network')}>
          {r.network?.name ?? t('common.notProvided')}
        </Item>
        <Item label={t('needs.request.structure')}>{r.structure.name}</Item>
        <Item label={t('needs.requestForm.urgency')}>
          {t(`needs.urgency.${r.urgency}`)}
          {r.urgencyReason ? ` — ${t(`needs.urgencyReasons.${r.urgencyReason}`)}` : ''}
          {r.urgencyText ? ` (${r.urgencyText})` : ''}
        </Item>
        <Item label={t('needs.request.window')}>
          {t('needs.request.windowValue', {
            from: format.date(r.preferredFrom),
            to: format.date(r.preferredTo),
          })}
        </Item>
        <Item label={t('needs.requestForm.delivery')}>
          {r.delivery
            ? `${r.delivery.label} — ${r.delivery.line1}, ${r.delivery.postalCode} ${r.delivery.communeName ?? ''}`
            : t('common.notProvided')}
        </Item>
        {r.statusReason && <Item label={t('needs.request.statusReason')}>{r.statusReason}</Item>}
        {r.comment && <Item label={t('needs.requestForm.comment')}>{r.comment}</Item>}
      </SimpleGrid>
    </Paper>
  );
}

/** A request's lines with what was asked and decided, line by line. */
export function RequestLines({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" component="section" aria-labelledby="rq-lines-view">
      <Title order={2} size="h3" id="rq-lines-view" mb="sm">
        {t('needs.requestForm.lines')}
      </Title>
      <ScrollTable minWidth={640} label={t('needs.request.linesTable')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.requestForm.kind')}</Table.Th>
              <Table.Th>{t('needs.request.asked')}</Table.Th>
              <Table.Th>{t('needs.request.approved')}</Table.Th>
              <Table.Th>{t('needs.request.decisionReason')}</Table.Th>
              <Table.Th>{t('needs.requestForm.beneficiaries')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.lines.map((l) => (
              <Table.Tr key={l.id} data-testid={`line-${l.kind}`}>
                <Table.Td>
                  {t(`needs.kinds.${l.kind}`)}
                  {l.minTier ? ` (${t(`needs.tiers.${l.minTier}`)})` : ''}
                </Table.Td>
                <Table.Td>{l.quantity}</Table.Td>
                <Table.Td>{l.approvedQuantity ?? '—'}</Table.Td>
                <Table.Td>{l.decisionReason ?? '—'}</Table.Td>
                <Table.Td>{l.beneficiaries.map((b) => b.reference).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('needs.request.total')}</Table.Th>
              <Table.Td>{r.totals.asked}</Table.Td>
              <Table.Td>{r.totals.approved ?? '—'}</Table.Td>
              <Table.Td />
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/** The human history of a request. */
export function RequestHistory({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper p="lg" component="section" aria-labelledby="rq-history">
      <Title order={2} size="h3" id="rq-history" mb="sm">
        {t('needs.request.history')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={r.events.length}>
        {r.events.map((e, i) => (
          <Timeline.Item
            key={i}
            title={
              e.toStatus
                ? t(`needs.status.${e.toStatus}`)
                : t(`needs.eventKinds.${e.kind}`, { defaultValue: e.kind })
            }
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {format.dateTime(e.at)}
                {e.actorName ? ` — ${e.actorName}` : ''}
              </Text>
              {e.message && (
                <Text size="sm" className="break-anywhere">
                  {e.message}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
