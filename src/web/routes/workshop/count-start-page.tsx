import { useState, type FormEvent } from 'react';
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
  Title,
} from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { listStockCounts, startStockCount, type TStockCountSummary } from '../../api/stock-counts';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { ApiError } from '../../lib/api-error';
import { useLocations, WORKSHOP_KEY } from './workshop-common';

/** What a confirmed count changed, in words; a dash for open or cancelled counts. */
function CountChanges({ count }: { count: TStockCountSummary }) {
  const { t } = useTranslation();
  const c = count.changes;
  if (!c) return <>—</>;
  const parts = [
    c.lost && t('workshop.count.recent.lost', { count: c.lost }),
    c.moved && t('workshop.count.recent.moved', { count: c.moved }),
    c.items && t('workshop.count.recent.items', { count: c.items }),
    c.unresolved && t('workshop.count.recent.unresolved', { count: c.unresolved }),
  ].filter(Boolean);
  return <>{parts.length ? parts.join(', ') : t('workshop.count.recent.noChange')}</>;
}

/** The latest counts (open, confirmed, cancelled), each a link to its page. */
function RecentCounts() {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = useQuery({
    queryKey: [...WORKSHOP_KEY, 'counts'],
    queryFn: () => listStockCounts(),
  });
  return (
    <Paper p="md" component="section" aria-labelledby="recent-counts">
      <Title order={2} size="h3" id="recent-counts" mb="xs">
        {t('workshop.count.recent.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('workshop.count.recent.intro')}
      </Text>
      {counts.isPending ? (
        <PageLoader />
      ) : counts.error ? (
        <ErrorAlert error={counts.error} />
      ) : counts.data.length === 0 ? (
        <Text size="sm">{t('workshop.count.recent.empty')}</Text>
      ) : (
        <ScrollTable minWidth={720} label={t('workshop.count.recent.tableLabel')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshop.common.location')}</Table.Th>
                <Table.Th>{t('workshop.count.recent.status')}</Table.Th>
                <Table.Th>{t('workshop.count.recent.started')}</Table.Th>
                <Table.Th>{t('workshop.count.scans')}</Table.Th>
                <Table.Th>{t('workshop.count.recent.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/stock/counts/${c.id}`}>
                      {c.locationName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="dot"
                      style={{ textTransform: 'none' }}
                      color={c.status === 'open' ? 'blue' : 'gray'}
                    >
                      {t(`workshop.count.status.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {format.dateTime(c.startedAt)}
                    {c.startedByName && (
                      <Text size="xs" c="dimmed">
                        {c.startedByName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.number(c.scans)}</Table.Td>
                  <Table.Td>
                    <CountChanges count={c} />
                    {c.reason && (
                      <Text size="xs" c="dimmed">
                        {c.reason}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

/**
 * Starts a stock count (audit) of a location. A location has one open count at a time: when
 * one is already open, the page offers to continue it instead. Below, the latest counts.
 */
export function CountStartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locations = useLocations();
  const [locationId, setLocationId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (id: string) => startStockCount(id),
    onSuccess: (count) => void navigate(`/stock/counts/${count.id}`),
  });
  const openId =
    start.error instanceof ApiError && start.error.code === 'conflict'
      ? String(start.error.details?.countId ?? '')
      : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (locationId) start.mutate(locationId);
  };
  return (
    <>
      <PageHeader
        title={t('workshop.count.startTitle')}
        intro={t('workshop.count.startIntro')}
        before={
          <Anchor component={Link} to="/stock" size="sm">
            {t('workshop.count.backToStock')}
          </Anchor>
        }
      />
      <Paper p="md" maw={560}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Select
              label={t('workshop.common.location')}
              data={(locations.data ?? [])
                .filter((l) => l.isActive)
                .map((l) => ({ value: l.id, label: l.name }))}
              value={locationId}
              onChange={(v) => {
                start.reset();
                setLocationId(v);
              }}
              searchable
              required
            />
            <Group>
              <Button
                type="submit"
                disabled={!locationId}
                loading={start.isPending}
                leftSection={<IconClipboardCheck size={16} aria-hidden />}
              >
                {t('workshop.count.start')}
              </Button>
            </Group>
            {openId ? (
              <Stack gap="xs" role="alert">
                <Text size="sm">{t('workshop.count.alreadyOpen')}</Text>
                <Group>
                  <Button component={Link} to={`/stock/counts/${openId}`} variant="light">
                    {t('workshop.count.continue')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              start.error && <ErrorAlert error={start.error} />
            )}
          </Stack>
        </form>
      </Paper>
      <RecentCounts />
    </>
  );
}
