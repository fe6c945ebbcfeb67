import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import {
  approveRequest,
  decideRequest,
  getReviewRequest,
  type TReviewRequest,
} from '../../api/needs';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { needsFieldError } from './needs-common';
import { RequestHistory, RequestSummary } from './request-parts';

interface TDecisionLine {
  lineId: string;
  approvedQuantity: number | string;
  reason: string;
}

/** The quantities and reasons a coordinator types, line by line, and the approval itself. */
function DecisionForm({ data, onDone }: { data: TReviewRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const r = data.request;
  const canApprove = r.allowedEvents.includes('approve');
  const [lines, setLines] = useState<TDecisionLine[]>(() =>
    r.lines.map((l) => ({
      lineId: l.id,
      approvedQuantity: l.approvedQuantity ?? l.quantity,
      reason: l.decisionReason ?? '',
    })),
  );
  const [quotaReason, setQuotaReason] = useState('');
  const [duplicateReason, setDuplicateReason] = useState('');
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'ask-information' | 'reject' | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.fields.length) {
      setFieldErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.code])));
      focusFirstError(null);
    }
  };
  const decide = useMutation({
    mutationFn: async (event: 'start-review' | 'approve' | 'ask-information' | 'reject') => {
      setFieldErrors({});
      if (event !== 'approve') return decideRequest(r.id, event, text);
      return approveRequest(r.id, {
        lines: lines.map((l) => ({
          lineId: l.lineId,
          approvedQuantity: l.approvedQuantity === '' ? NaN : Number(l.approvedQuantity),
          reason: l.reason.trim() || null,
        })),
        quotaOverride: quotaReason.trim() ? { reason: quotaReason } : null,
        duplicateOverride: duplicateReason.trim() ? { reason: duplicateReason } : null,
      });
    },
    onSuccess: (_r, event) => {
      notifySuccess(t, t(`needs.reviewRequest.done.${event}`));
      setMode(null);
      setText('');
      onDone();
    },
    onError,
  });
  const err = (path: string) => needsFieldError(t, fieldErrors[path]);
  const weightOf = (lineId: string) => data.weights.find((w) => w.lineId === lineId);
  const shownError =
    decide.error instanceof ApiError && decide.error.fields.length ? null : decide.error;
  return (
    <Stack gap="lg">
      <Paper p="lg" component="section" aria-labelledby="rv-lines">
        <Title order={2} size="h3" id="rv-lines" mb="sm">
          {t('needs.reviewRequest.lines')}
        </Title>
        <ScrollTable minWidth={760} label={t('needs.reviewRequest.linesTable')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('needs.requestForm.kind')}</Table.Th>
                <Table.Th>{t('needs.request.asked')}</Table.Th>
                <Table.Th>{t('needs.review.weight')}</Table.Th>
                <Table.Th>{t('needs.request.approved')}</Table.Th>
                <Table.Th>{t('needs.request.decisionReason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.lines.map((l, i) => {
                const w = weightOf(l.id);
                const label = `${t(`needs.kinds.${l.kind}`)} (${i + 1})`;
                return (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t(`needs.kinds.${l.kind}`)}
                        {l.minTier ? ` — ${t(`needs.tiers.${l.minTier}`)}` : ''}
                      </Text>
                      <Text size="xs" c="dimmed" className="break-anywhere">
                        {l.beneficiaries.map((b) => b.reference).join(', ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{l.quantity}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {w?.effective ?? '—'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {w?.terms
                          .map(
                            (term) =>
                              `${t(`needs.weightTerms.${term.code}`, term.params ?? {})} +${term.points}`,
                          )
                          .join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t('needs.reviewRequest.approvedFor', { line: label })}
                        min={0}
                        max={NEEDS_LIMITS.maxLineQuantity}
                        allowDecimal={false}
                        disabled={!canApprove}
                        w={100}
                        value={lines[i]?.approvedQuantity ?? ''}
                        onChange={(v) =>
                          setLines((ls) =>
                            ls.map((x, j) => (j === i ? { ...x, approvedQuantity: v } : x)),
                          )
                        }
                        error={err(`lines.${i}.approvedQuantity`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('needs.reviewRequest.reasonFor', { line: label })}
                        disabled={!canApprove}
                        value={lines[i]?.reason ?? ''}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          setLines((ls) => ls.map((x, j) => (j === i ? { ...x, reason: v } : x)));
                        }}
                        error={err(`lines.${i}.reason`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Paper>
      <Paper p="lg" component="section" aria-labelledby="rv-decide">
        <Title order={2} size="h3" id="rv-decide" mb="sm">
          {t('needs.reviewRequest.decision')}
        </Title>
        <Stack gap="sm">
          <ErrorAlert error={shownError} />
          {err('lines') && (
            <Text c="var(--mantine-color-error)" size="sm">
              {err('lines')}
            </Text>
          )}
          {canApprove && data.checks.issues.length > 0 && (
            <Textarea
              label={t('needs.reviewRequest.quotaOverride')}
              autosize
              minRows={2}
              value={quotaReason}
              onChange={(e) => setQuotaReason(e.currentTarget.value)}
              error={err('quotaOverride.reason')}
            />
          )}
          {canApprove && data.checks.duplicates.length > 0 && (
            <Textarea
              label={t('needs.reviewRequest.duplicateOverride')}
              autosize
              minRows={2}
              value={duplicateReason}
              onChange={(e) => setDuplicateReason(e.currentTarget.value)}
              error={err('duplicateOverride.reason')}
            />
          )}
          {mode && (
            <Textarea
              label={t(
                mode === 'reject'
                  ? 'needs.reviewRequest.rejectReason'
                  : 'needs.reviewRequest.question',
              )}
              required
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={err('reason')}
            />
          )}
          <Group gap="sm">
            {mode ? (
              <>
                <Button
                  color={mode === 'reject' ? 'red' : undefined}
                  loading={decide.isPending}
                  onClick={() => decide.mutate(mode)}
                >
                  {t(
                    mode === 'reject'
                      ? 'needs.reviewRequest.confirmReject'
                      : 'needs.reviewRequest.sendQuestion',
                  )}
                </Button>
                <Button variant="default" onClick={() => setMode(null)}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              <>
                {r.allowedEvents.includes('start_review') && (
                  <Button
                    variant="light"
                    loading={decide.isPending}
                    onClick={() => decide.mutate('start-review')}
                  >
                    {t('needs.reviewRequest.startReview')}
                  </Button>
                )}
                {canApprove && (
                  <Button loading={decide.isPending} onClick={() => decide.mutate('approve')}>
                    {t('needs.reviewRequest.approve')}
                  </Button>
                )}
                {r.allowedEvents.includes('ask_information') && (
                  <Button variant="default" onClick={() => setMode('ask-information')}>
                    {t('needs.reviewRequest.askInformation')}
                  </Button>
                )}
                {r.allowedEvents.includes('reject') && (
                  <Button variant="default" color="red" onClick={() => setMode('reject')}>
                    {t('needs.reviewRequest.reject')}
                  </Button>
                )}
              </>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** A request as the coordinator reviews it: checks, weights, the structure's history, decisions. */
export function ReviewRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const q = useQuery({
    queryKey: ['needs', 'review', 'detail', id],
    queryFn: () => getReviewRequest(id),
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const d = q.data;
  const { quota, issues, duplicates } = d.checks;
  return (
    <>
      <PageHeader
        title={t('needs.request.title', { reference: d.request.reference })}
        intro={d.request.structure.name}
        before={
          <Anchor component={Link} to="/review/requests" size="sm">
            {t('needs.review.back')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        {quota && (
          <Text size="sm">
            {t('needs.confirm.quota', {
              network: quota.networkName,
              used: quota.used,
              quota: quota.quota,
            })}
          </Text>
        )}
        {(issues.length > 0 || duplicates.length > 0) && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('needs.reviewRequest.checks')}
          >
            <List size="sm">
              {issues.map((w, i) => (
                <List.Item key={`i${i}`}>{t(`needs.limits.${w.code}`, w.params)}</List.Item>
              ))}
              {duplicates.map((dup, i) => (
                <List.Item key={`d${i}`}>
                  {t('needs.confirm.duplicate', {
                    reference: dup.reference,
                    kind: t(`needs.kinds.${dup.kind}`),
                    requests: dup.otherRequests.join(', '),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <RequestSummary request={d.request} />
        <DecisionForm
          key={d.request.updatedAt}
          data={d}
          onDone={() => void queryClient.invalidateQueries({ queryKey: ['needs'] })}
        />
        <Paper p="lg" component="section" aria-labelledby="rv-history">
          <Title order={2} size="h3" id="rv-history" mb="sm">
            {t('needs.reviewRequest.structureHistory')}
          </Title>
          {d.history.totals.length === 0 ? (
            <Text size="sm">{t('needs.reviewRequest.noHistory')}</Text>
          ) : (
            <List size="sm">
              {d.history.totals.map((h) => (
                <List.Item key={h.kind}>
                  {t('needs.reviewRequest.historyLine', {
                    kind: t(`needs.kinds.${h.kind}`),
                    asked: h.asked,
                    approved: h.approved,
                    handedOver: h.handedOver,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
        <RequestHistory request={d.request} />
      </Stack>
    </>
  );
}
