import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequestAllocations } from '../allocation/request-allocations';
import { getRequest, listRequests, previewSubmit, submitRequest } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { ListPages, needsFieldError, RequestStatusBadge } from './needs-common';
import { RequestActions } from './request-actions';
import { RequestHistory, RequestLines, RequestSummary } from './request-parts';

const LIMIT = 25;

/** The structure's requests, with where each stands. */
export function RequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['needs', 'requests', page],
    queryFn: () => listRequests({ limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  return (
    <>
      <PageHeader
        title={t('needs.requests.title')}
        intro={t('needs.requests.intro')}
        actions={
          <Button
            component={Link}
            to="/requests/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('needs.requests.new')}
          </Button>
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('needs.requests.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={640} label={t('needs.requests.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('needs.request.reference')}</Table.Th>
                  <Table.Th>{t('needs.request.status')}</Table.Th>
                  <Table.Th>{t('needs.request.waitingFor')}</Table.Th>
                  <Table.Th>{t('needs.request.asked')}</Table.Th>
                  <Table.Th>{t('needs.request.approved')}</Table.Th>
                  <Table.Th>{t('needs.request.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/requests/${r.id}`}>
                        {r.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <RequestStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>{t(`needs.waitingFor.${r.waitingFor ?? 'none'}`)}</Table.Td>
                    <Table.Td>{r.asked}</Table.Td>
                    <Table.Td>{r.approved ?? '—'}</Table.Td>
                    <Table.Td>{format.date(r.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <ListPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
        </Paper>
      )}
    </>
  );
}

const backLink = (label: string) => (
  <Anchor component={Link} to="/requests" size="sm">
    {label}
  </Anchor>
);

/** A request as its structure sees it: status, who it waits for, decisions, history. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['needs', 'requests', 'detail', id],
    queryFn: () => getRequest(id),
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  return (
    <>
      <PageHeader
        title={t('needs.request.title', { reference: r.reference })}
        before={backLink(t('needs.requests.back'))}
        actions={<RequestActions request={r} />}
      />
      <Stack gap="lg">
        {r.status === 'needs_information' && (
          <Alert color="lagoon" variant="light" title={t('needs.requestActions.questionTitle')}>
            <Text size="sm" className="break-anywhere">
              {r.statusReason}
            </Text>
            <Text size="sm" mt="xs">
              {t('needs.requestActions.questionHint')}
            </Text>
          </Alert>
        )}
        <RequestSummary request={r} />
        <RequestLines request={r} />
        {['approved', 'partly_fulfilled', 'fulfilled', 'closed'].includes(r.status) && (
          <RequestAllocations requestId={r.id} />
        )}
        <RequestHistory request={r} />
      </Stack>
    </>
  );
}

/** The confirmation step: what will be sent, the warnings, then submission. */
export function RequestConfirmPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: ['needs', 'requests', 'preview', id],
    queryFn: () => previewSubmit(id),
    gcTime: 0,
  });
  const submit = useMutation({
    mutationFn: () => submitRequest(id),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['needs', 'requests'] });
      notifySuccess(t, t('needs.confirm.submitted', { reference: r.reference }));
      void navigate(`/requests/${id}`);
    },
  });
  const title = t('needs.confirm.title');
  if (preview.isPending) return <PageLoader />;
  if (preview.error)
    return (
      <>
        <PageHeader title={title} before={backLink(t('needs.requests.back'))} />
        <ErrorAlert error={preview.error} />
      </>
    );
  const p = preview.data;
  return (
    <>
      <PageHeader
        title={title}
        intro={t('needs.confirm.intro')}
        before={backLink(t('needs.requests.back'))}
      />
      <Stack gap="lg">
        {p.quota && (
          <Text size="sm">
            {t('needs.confirm.quota', {
              network: p.quota.networkName,
              used: p.quota.used,
              quota: p.quota.quota,
            })}
          </Text>
        )}
        {p.warnings.length > 0 && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('needs.confirm.warnings')}
          >
            <List size="sm">
              {p.warnings.map((w, i) => (
                <List.Item key={i}>{t(`needs.limits.${w.code}`, w.params)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {(p.errors.length > 0 || p.duplicates.length > 0) && (
          <Alert color="red" variant="light" role="alert" title={t('needs.confirm.blocking')}>
            <List size="sm">
              {p.errors.map((e, i) => (
                <List.Item key={`e${i}`}>{needsFieldError(t, e.code, e.params)}</List.Item>
              ))}
              {p.duplicates.map((d, i) => (
                <List.Item key={`d${i}`}>
                  {t('needs.confirm.duplicate', {
                    reference: d.reference,
                    kind: t(`needs.kinds.${d.kind}`),
                    requests: d.otherRequests.join(', '),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <RequestSummary request={p.summary} />
        <RequestLines request={p.summary} />
        <ErrorAlert error={submit.error} />
        <Paper p="lg">
          <Title order={2} size="h3" mb="xs">
            {t('needs.confirm.ready')}
          </Title>
          <Text size="sm" mb="md">
            {t('needs.confirm.readyText')}
          </Text>
          <Group gap="sm">
            <Button
              onClick={() => submit.mutate()}
              loading={submit.isPending}
              disabled={!p.canSubmit}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {t('needs.confirm.submit')}
            </Button>
            <Button variant="default" component={Link} to={`/requests/${id}`}>
              {t('needs.confirm.later')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </>
  );
}
