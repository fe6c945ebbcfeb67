import { useState } from 'react';
import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Table,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, URGENCY_LEVELS } from '../../../shared/needs-enums';
import { REVIEW_SORTS } from '../../../shared/schemas/requests';
import { listCampaigns, listReviewDesk } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useDepartementOptions, useNetworks } from '../../hooks/use-reference-data';
import { ListPages, RequestStatusBadge } from './needs-common';
import { BulkApproveBar, canBulkApprove } from './review-bulk';

const LIMIT = 25;

interface TFilters {
  campaignId: string | null;
  networkId: string | null;
  departementCode: string | null;
  urgency: string | null;
  status: string | null;
  sort: string;
}

/** The coordinators' review desk: requests filtered, sorted (longest waiting first) and paged. */
export function ReviewDeskPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const departements = useDepartementOptions();
  const networks = useNetworks();
  const campaigns = useQuery({
    queryKey: ['needs', 'campaigns', 'all'],
    queryFn: () => listCampaigns(),
  });
  const [filters, setFilters] = useState<TFilters>({
    campaignId: null,
    networkId: null,
    departementCode: null,
    urgency: null,
    status: null,
    sort: 'waiting',
  });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const desk = useQuery({
    queryKey: ['needs', 'review', filters, page],
    queryFn: () => listReviewDesk({ ...filters, limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  const set = (key: keyof TFilters) => (v: string | null) => {
    setFilters((f) => ({ ...f, [key]: key === 'sort' ? (v ?? 'waiting') : v }));
    setPage(1);
    setSelected([]);
  };
  const selectable = (desk.data?.items ?? []).filter(canBulkApprove).map((r) => r.id);
  const opt = (group: string) => (v: string) => ({ value: v, label: t(`needs.${group}.${v}`) });
  return (
    <>
      <PageHeader title={t('needs.review.title')} intro={t('needs.review.intro')} />
      <Paper p="md" mb="lg" component="section" aria-label={t('needs.review.filters')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Select
            label={t('needs.requestForm.campaign')}
            clearable
            data={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={filters.campaignId}
            onChange={set('campaignId')}
          />
          <Select
            label={t('needs.requestForm.network')}
            clearable
            searchable
            data={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
            value={filters.networkId}
            onChange={set('networkId')}
          />
          <Select
            label={t('needs.review.departement')}
            clearable
            searchable
            data={departements}
            value={filters.departementCode}
            onChange={set('departementCode')}
          />
          <Select
            label={t('needs.requestForm.urgency')}
            clearable
            data={URGENCY_LEVELS.map(opt('urgency'))}
            value={filters.urgency}
            onChange={set('urgency')}
          />
          <Select
            label={t('needs.request.status')}
            clearable
            data={REQUEST_STATUSES.filter((s) => s !== 'draft').map(opt('status'))}
            value={filters.status}
            onChange={set('status')}
          />
          <Select
            label={t('needs.review.sort')}
            allowDeselect={false}
            data={REVIEW_SORTS.map(opt('sorts'))}
            value={filters.sort}
            onChange={set('sort')}
          />
        </SimpleGrid>
      </Paper>
      {desk.isPending ? (
        <PageLoader />
      ) : desk.error ? (
        <ErrorAlert error={desk.error} />
      ) : desk.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('needs.review.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <BulkApproveBar
            selected={selected}
            items={desk.data.items}
            onDone={() => setSelected([])}
          />
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('needs.review.count', { count: desk.data.total })}
          </Text>
          <ScrollTable minWidth={900} label={t('needs.review.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox
                      aria-label={t('needs.bulk.selectAll')}
                      checked={
                        selectable.length > 0 && selectable.every((id) => selected.includes(id))
                      }
                      indeterminate={
                        selected.length > 0 && !selectable.every((id) => selected.includes(id))
                      }
                      disabled={selectable.length === 0}
                      onChange={(e) => setSelected(e.currentTarget.checked ? selectable : [])}
                    />
                  </Table.Th>
                  <Table.Th>{t('needs.request.reference')}</Table.Th>
                  <Table.Th>{t('needs.request.structure')}</Table.Th>
                  <Table.Th>{t('needs.request.status')}</Table.Th>
                  <Table.Th>{t('needs.requestForm.urgency')}</Table.Th>
                  <Table.Th>{t('needs.review.departement')}</Table.Th>
                  <Table.Th>{t('needs.review.waiting')}</Table.Th>
                  <Table.Th>{t('needs.request.asked')}</Table.Th>
                  <Table.Th>{t('needs.review.weight')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {desk.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {canBulkApprove(r) && (
                        <Checkbox
                          aria-label={t('needs.bulk.select', { reference: r.reference })}
                          checked={selected.includes(r.id)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setSelected((s) => (on ? [...s, r.id] : s.filter((x) => x !== r.id)));
                          }}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/review/requests/${r.id}`}>
                        {r.reference}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {r.submittedAt ? format.date(r.submittedAt) : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" className="break-anywhere">
                        {r.structureName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.networkName ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RequestStatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>
                      {r.urgency === 'normal' ? (
                        t('needs.urgency.normal')
                      ) : (
                        <Badge
                          color={r.urgency === 'critical' ? 'red' : 'orange'}
                          variant="dot"
                          style={{ textTransform: 'none' }}
                        >
                          {t(`needs.urgency.${r.urgency}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{r.departementCode}</Table.Td>
                    <Table.Td>{t('needs.review.days', { count: r.waitingDays })}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {r.asked}
                        {r.approved != null && (
                          <Text size="xs" c="dimmed">
                            {t('needs.review.approvedShort', { count: r.approved })}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{r.maxWeight}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <ListPages
            total={desk.data.total}
            limit={LIMIT}
            page={page}
            onChange={(p) => {
              setPage(p);
              setSelected([]);
            }}
          />
        </Paper>
      )}
    </>
  );
}
