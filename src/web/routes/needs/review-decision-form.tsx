import { useState } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import { approveRequest, closeRequest, decideRequest, type TReviewRequest } from '../../api/needs';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { ScrollTable } from '../../components/common/scroll-table';
import { needsFieldError } from './needs-common';
import { WeightCell } from './review-weights';

interface TDecisionLine {
  lineId: string;
  approvedQuantity: number | string;
  reason: string;
}

/** The quantities and reasons a coordinator types, line by line, and the approval itself. */
export function DecisionForm({ data, onDone }: { data: TReviewRequest; onDone: () => void }) {
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
  const [mode, setMode] = useState<'ask-information' | 'reject' | 'close' | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const onError = (e: unknown) => {
    if (e instanceof ApiError && e.fields.length) {
      setFieldErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.code])));
      focusFirstError(null);
    }
  };
  const decide = useMutation({
    mutationFn: async (
      event: 'start-review' | 'approve' | 'ask-information' | 'reject' | 'close',
    ) => {
      setFieldErrors({});
      if (event === 'close') return closeRequest(r.id, text.trim() || null);
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
                      <WeightCell weight={w} />
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
                  : mode === 'close'
                    ? 'needs.reviewRequest.closeNote'
                    : 'needs.reviewRequest.question',
              )}
              required={mode !== 'close'}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={err(mode === 'close' ? 'note' : 'reason')}
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
                      : mode === 'close'
                        ? 'needs.reviewRequest.confirmClose'
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
                {r.allowedEvents.includes('close') && (
                  <Button variant="default" onClick={() => setMode('close')}>
                    {t('needs.reviewRequest.close')}
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
