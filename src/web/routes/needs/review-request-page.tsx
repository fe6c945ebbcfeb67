import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getReviewRequest } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { DecisionForm } from './review-decision-form';
import { LineWeights } from './review-weights';
import { RequestHistory, RequestSummary } from './request-parts';

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
        <LineWeights
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
