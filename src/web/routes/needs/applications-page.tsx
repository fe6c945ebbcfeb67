import type { ReactNode } from 'react';
import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type TApplicationStatus } from '../../../shared/needs-enums';
import { ApiError } from '../../api/client';
import { decideApplication, getApplication, listApplications } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { ListPages, needsFieldError } from './needs-common';

const LIMIT = 25;

/** Coordinators' queue of structures applying to join. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<TApplicationStatus>('submitted');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['needs', 'applications', status, page],
    queryFn: () => listApplications({ status, limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  return (
    <>
      <PageHeader title={t('needs.applications.title')} intro={t('needs.applications.intro')} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('needs.applications.filter')}
          value={status}
          onChange={(v) => {
            setStatus(v as TApplicationStatus);
            setPage(1);
          }}
          data={APPLICATION_STATUSES.map((s) => ({
            value: s,
            label: t(`needs.applicationStatus.${s}`),
          }))}
          style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        />
        {list.isPending ? (
          <PageLoader />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Paper p="lg">
            <Text>{t('needs.applications.empty')}</Text>
          </Paper>
        ) : (
          <Paper p="sm">
            <ScrollTable minWidth={560} label={t('needs.applications.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('needs.apply.name')}</Table.Th>
                    <Table.Th>{t('needs.apply.structureType')}</Table.Th>
                    <Table.Th>{t('needs.applications.submittedAt')}</Table.Th>
                    <Table.Th>{t('needs.apply.expected')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/review/applications/${a.id}`}>
                          {a.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`structureTypes.${a.structureType}`)}</Table.Td>
                      <Table.Td>{format.date(a.submittedAt)}</Table.Td>
                      <Table.Td>{format.number(a.expectedBeneficiaries)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ListPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
          </Paper>
        )}
      </Stack>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
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

/** One application, with approve / ask for information / reject. */
export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'request-information' | 'reject' | null>(null);
  const [text, setText] = useState('');
  const q = useQuery({ queryKey: ['needs', 'application', id], queryFn: () => getApplication(id) });
  const decide = useMutation({
    mutationFn: (d: 'approve' | 'request-information' | 'reject') => decideApplication(id, d, text),
    onSuccess: async (_r, d) => {
      await queryClient.invalidateQueries({ queryKey: ['needs'] });
      notifySuccess(t, t(`needs.applications.done.${d}`));
      void navigate('/review/applications');
    },
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const a = q.data;
  const open = a.status === 'submitted' || a.status === 'needs_information';
  const fieldCode = decide.error instanceof ApiError ? decide.error.fields[0]?.code : undefined;
  return (
    <>
      <PageHeader
        title={a.name}
        before={
          <Anchor component={Link} to="/review/applications" size="sm">
            {t('needs.applications.back')}
          </Anchor>
        }
        intro={t(`needs.applicationStatus.${a.status}`)}
      />
      <Stack gap="lg">
        <Paper p="lg" component="section" aria-labelledby="app-identity">
          <Title order={2} size="h3" id="app-identity" mb="sm">
            {t('needs.applications.identity')}
          </Title>
          <Stack gap="xs" component="dl" m={0}>
            <Row label={t('needs.apply.structureType')}>
              {t(`structureTypes.${a.structureType}`)}
            </Row>
            <Row label={t('needs.apply.legalId')}>{a.legalId ?? t('common.notProvided')}</Row>
            <Row label={t('needs.apply.networks')}>
              {a.networks?.length
                ? a.networks.map((n) => n.name).join(', ')
                : t('common.notProvided')}
            </Row>
            <Row label={t('needs.apply.address')}>
              {[a.address.line1, a.address.line2, a.address.postalCode, a.address.communeName]
                .filter(Boolean)
                .join(' ')}
            </Row>
            <Row label={t('needs.apply.email')}>{a.email || t('common.notProvided')}</Row>
            <Row label={t('needs.apply.publicServed')}>{a.publicServed}</Row>
            <Row label={t('needs.apply.expected')}>{a.expectedBeneficiaries}</Row>
            {a.coordinatorMessage && (
              <Row label={t('needs.applications.lastQuestion')}>{a.coordinatorMessage}</Row>
            )}
            {a.rejectionReason && (
              <Row label={t('needs.applications.rejectionReason')}>{a.rejectionReason}</Row>
            )}
          </Stack>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="app-contacts">
          <Title order={2} size="h3" id="app-contacts" mb="sm">
            {t('needs.apply.contacts')}
          </Title>
          <Stack gap="xs">
            {a.contacts.map((c) => (
              <Text key={c.email} className="break-anywhere">
                <strong>{c.name}</strong> — {c.email}
                {c.phone ? ` — ${c.phone}` : ''}
                {c.function ? ` (${c.function})` : ''}
              </Text>
            ))}
          </Stack>
        </Paper>
        {open && (
          <Paper p="lg" component="section" aria-labelledby="app-decision">
            <Title order={2} size="h3" id="app-decision" mb="sm">
              {t('needs.applications.decision')}
            </Title>
            <Stack gap="sm">
              {decide.error && !fieldCode ? <ErrorAlert error={decide.error} /> : null}
              {mode && (
                <Textarea
                  label={t(
                    mode === 'reject' ? 'needs.applications.reason' : 'needs.applications.message',
                  )}
                  required
                  autosize
                  minRows={3}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={needsFieldError(t, fieldCode)}
                />
              )}
              <Group gap="sm">
                {!mode && (
                  <>
                    <Button loading={decide.isPending} onClick={() => decide.mutate('approve')}>
                      {t('needs.applications.approve')}
                    </Button>
                    <Button variant="default" onClick={() => setMode('request-information')}>
                      {t('needs.applications.askInfo')}
                    </Button>
                    <Button variant="default" color="red" onClick={() => setMode('reject')}>
                      {t('needs.applications.reject')}
                    </Button>
                  </>
                )}
                {mode && (
                  <>
                    <Button
                      color={mode === 'reject' ? 'red' : undefined}
                      loading={decide.isPending}
                      onClick={() => decide.mutate(mode)}
                    >
                      {t(
                        mode === 'reject'
                          ? 'needs.applications.confirmReject'
                          : 'needs.applications.sendQuestion',
                      )}
                    </Button>
                    <Button variant="default" onClick={() => setMode(null)}>
                      {t('common.cancel')}
                    </Button>
                  </>
                )}
              </Group>
            </Stack>
          </Paper>
        )}
        {a.structureId && (
          <Anchor component={Link} to={`/organisations/${a.structureId}`}>
            {t('needs.applications.seeStructure')}
          </Anchor>
        )}
      </Stack>
    </>
  );
}
