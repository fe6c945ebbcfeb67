import { useEffect } from 'react';
import {
  Button,
  EmptyState,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilter, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchAudit } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { listUsers } from '../../api/users';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import {
  auditFiltersFromParams,
  auditFiltersToApi,
  auditFiltersToParams,
  type TAuditFormFilters,
} from '../../lib/audit-filters';
import { AuditEventCard } from './audit-event-card';

/** The audit trail (admins): filters in the URL, newest first, "load more" for older events. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = auditFiltersFromParams(params);
  const apiFilters = auditFiltersToApi(filters);
  const users = useQuery({ queryKey: queryKeys.users(''), queryFn: () => listUsers('') });
  const form = useForm<TAuditFormFilters>({ mode: 'controlled', initialValues: filters });
  const paramsKey = params.toString();
  useEffect(() => {
    form.setValues(auditFiltersFromParams(new URLSearchParams(paramsKey)));
    // The form follows the URL (back button, reset); `form` itself is stable enough here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paramsKey]);

  const events = useInfiniteQuery({
    queryKey: queryKeys.audit(apiFilters),
    queryFn: ({ pageParam }) => fetchAudit(apiFilters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeId,
  });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <Stack gap="md">
        <Paper p="md" component="section" aria-labelledby="audit-filters">
          <Title order={2} size="h4" id="audit-filters" mb="sm">
            {t('audit.filters')}
          </Title>
          <form onSubmit={form.onSubmit((v) => setParams(auditFiltersToParams(v)))}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              <TextInput
                label={t('audit.entityType')}
                placeholder="organisation"
                {...form.getInputProps('entityType')}
              />
              <TextInput label={t('audit.entityId')} {...form.getInputProps('entityId')} />
              <TextInput
                label={t('audit.action')}
                description={t('audit.actionHint')}
                placeholder="organisation.update"
                {...form.getInputProps('action')}
              />
              <Select
                label={t('audit.actor')}
                placeholder={t('audit.anyActor')}
                clearable
                searchable
                data={(users.data?.items ?? []).map((u) => ({
                  value: u.id,
                  label: `${u.displayName} (${u.email})`,
                }))}
                value={form.values.actorUserId || null}
                onChange={(v) => form.setFieldValue('actorUserId', v ?? '')}
              />
              <TextInput label={t('audit.from')} type="date" {...form.getInputProps('from')} />
              <TextInput label={t('audit.to')} type="date" {...form.getInputProps('to')} />
            </SimpleGrid>
            <Group mt="md" gap="sm">
              <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
                {t('audit.apply')}
              </Button>
              {paramsKey && (
                <Button
                  variant="subtle"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={() => setParams(new URLSearchParams())}
                >
                  {t('audit.reset')}
                </Button>
              )}
            </Group>
          </form>
        </Paper>
        {events.isPending ? (
          <PageLoader />
        ) : events.error && items.length === 0 ? (
          <ErrorAlert error={events.error} />
        ) : items.length === 0 ? (
          <Paper p="lg">
            <EmptyState
              icon={<IconHistory aria-hidden />}
              variant="light"
              title={t('audit.empty')}
            />
          </Paper>
        ) : (
          <>
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((e) => (
                <AuditEventCard key={e.id} event={e} />
              ))}
            </Stack>
            {events.error && <ErrorAlert error={events.error} />}
            {events.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void events.fetchNextPage()}
                loading={events.isFetchingNextPage}
                style={{ alignSelf: 'center' }}
              >
                {t('audit.loadMore')}
              </Button>
            ) : (
              <Text size="sm" c="dimmed" ta="center">
                {t('audit.noMore')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
