import { Anchor, Badge, Button, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TNeedKind } from '../../../shared/needs-enums';
import {
  createCampaign,
  getCampaign,
  listCampaignsFull,
  updateCampaign,
  type TCampaignDetail,
} from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { CampaignForm } from './campaign-form';
import { blankCampaign, campaignValues } from './campaign-model';

const backLink = (label: string) => (
  <Anchor component={Link} to="/campaigns" size="sm">
    {label}
  </Anchor>
);

/** The campaigns the bank runs: dates, goals, what they offer, quotas. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({ queryKey: ['needs', 'campaigns', 'full'], queryFn: listCampaignsFull });
  return (
    <>
      <PageHeader
        title={t('needs.nav.campaigns')}
        intro={t('needs.campaigns.intro')}
        actions={
          <Button
            component={Link}
            to="/campaigns/new"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('needs.campaigns.new')}
          </Button>
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('needs.campaigns.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={720} label={t('needs.campaigns.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('needs.campaigns.name')}</Table.Th>
                  <Table.Th>{t('needs.campaigns.status')}</Table.Th>
                  <Table.Th>{t('needs.campaigns.dates')}</Table.Th>
                  <Table.Th>{t('needs.campaigns.goalPeople')}</Table.Th>
                  <Table.Th>{t('needs.campaigns.offeredKinds')}</Table.Th>
                  <Table.Th>{t('needs.campaigns.quotas')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/campaigns/${c.id}`}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="dot"
                        color={c.status === 'open' ? 'teal' : 'gray'}
                        style={{ textTransform: 'none' }}
                      >
                        {t(`needs.campaigns.statuses.${c.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {t('needs.request.windowValue', {
                        from: format.date(c.startsOn),
                        to: format.date(c.endsOn),
                      })}
                    </Table.Td>
                    <Table.Td>{format.number(c.goalPeople)}</Table.Td>
                    <Table.Td>
                      {c.offeredKinds.map((k) => t(`needs.kinds.${k}`)).join(', ')}
                    </Table.Td>
                    <Table.Td>{c.quotas.length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
      )}
    </>
  );
}

/** Devices approved per kind against the campaign's goals. */
function CampaignProgress({ campaign: c }: { campaign: TCampaignDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = (c.progress ?? []) as { kind: TNeedKind; approved: number; asked: number }[];
  const kinds = c.offeredKinds.filter(
    (k) => c.goalsByKind[k] || progress.some((p) => p.kind === k),
  );
  if (kinds.length === 0) return null;
  return (
    <Paper p="lg" component="section" aria-labelledby="cp-progress">
      <Title order={2} size="h3" id="cp-progress" mb="sm">
        {t('needs.campaigns.progress')}
      </Title>
      <Stack gap="sm">
        {kinds.map((k) => {
          const p = progress.find((x) => x.kind === k);
          const goal = c.goalsByKind[k] ?? 0;
          const approved = p?.approved ?? 0;
          const text = t('needs.campaigns.progressLine', {
            kind: t(`needs.kinds.${k}`),
            approved: format.number(approved),
            asked: format.number(p?.asked ?? 0),
            goal: goal ? format.number(goal) : '—',
          });
          return (
            <div key={k}>
              <Text size="sm">{text}</Text>
              {goal > 0 && (
                <Progress.Root mt={4}>
                  <Progress.Section
                    value={Math.min(100, (approved / goal) * 100)}
                    aria-label={text}
                  />
                </Progress.Root>
              )}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** A new campaign. */
export function CampaignNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader
        title={t('needs.campaigns.newTitle')}
        before={backLink(t('needs.campaigns.back'))}
      />
      <CampaignForm
        initial={blankCampaign()}
        save={createCampaign}
        onSaved={(c) => {
          void queryClient.invalidateQueries({ queryKey: ['needs', 'campaigns'] });
          notifySuccess(t, t('needs.campaigns.created', { name: c.name }));
          void navigate(`/campaigns/${c.id}`);
        }}
      />
    </>
  );
}

/** A campaign's editor, with the use of its quotas and its progress. */
export function CampaignEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const q = useQuery({
    queryKey: ['needs', 'campaigns', 'detail', id],
    queryFn: () => getCampaign(id),
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const c = q.data;
  return (
    <>
      <PageHeader title={c.name} before={backLink(t('needs.campaigns.back'))} />
      <Stack gap="lg">
        <CampaignProgress campaign={c} />
        <CampaignForm
          key={c.updatedAt}
          initial={campaignValues({
            ...c,
            quotas: c.quotas.map(({ networkId, networkName, quantity }) => ({
              networkId,
              networkName,
              quantity,
            })),
          })}
          usage={c.quotas}
          save={(input) => updateCampaign(c.id, input)}
          onSaved={() => {
            void queryClient.invalidateQueries({ queryKey: ['needs', 'campaigns'] });
            notifySuccess(t, t('needs.campaigns.saved'));
          }}
        />
      </Stack>
    </>
  );
}
