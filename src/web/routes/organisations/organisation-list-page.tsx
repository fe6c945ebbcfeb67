import { Button, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconChevronLeft,
  IconChevronRight,
  IconPlus,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api/organisations';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { useIsWide } from '../../hooks/use-is-wide';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  pageInfo,
  type TOrganisationFilters,
} from '../../lib/org-filters';
import { OrganisationFilters } from './organisation-filters';
import { OrganisationCards, OrganisationTable } from './organisation-results';

/** The directory of organisations, filtered and paged through the URL. */
export function OrganisationListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const isWide = useIsWide();
  const membership = useActiveMembership();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearchParams(params);
  const query = filtersToApiQuery(filters);
  const result = useQuery({
    queryKey: queryKeys.organisations(query),
    queryFn: ({ signal }) => listOrganisations(query, signal),
    placeholderData: keepPreviousData,
  });
  const setFilters = (f: TOrganisationFilters) =>
    setParams(filtersToSearchParams(f), { replace: true });
  const info = pageInfo(result.data?.total ?? 0, filters.page);

  return (
    <>
      <PageHeader
        title={t('organisations.list.title')}
        intro={t('organisations.list.intro')}
        actions={
          roleCan(membership?.role, 'organisation.create') && (
            <Button
              component={Link}
              to="/organisations/new"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('organisations.list.add')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <OrganisationFilters filters={filters} onChange={setFilters} />
        {result.isPending ? (
          <PageLoader />
        ) : result.error ? (
          <ErrorAlert error={result.error} />
        ) : result.data.items.length === 0 ? (
          <Paper p="lg">
            <EmptyState
              icon={<IconBuildingCommunity aria-hidden />}
              variant="light"
              title={t('organisations.list.empty')}
              description={t('organisations.list.emptyHint')}
            />
          </Paper>
        ) : (
          <div>
            <Text size="sm" fw={600} mb="xs" role="status">
              {t('organisations.list.total', {
                count: result.data.total,
                formatted: format.number(result.data.total),
              })}
            </Text>
            {isWide ? (
              <OrganisationTable items={result.data.items} />
            ) : (
              <OrganisationCards items={result.data.items} />
            )}
            {info.pages > 1 && (
              <Group
                justify="space-between"
                mt="md"
                component="nav"
                aria-label={t('organisations.list.pagination')}
              >
                <Button
                  variant="default"
                  disabled={!info.hasPrevious}
                  leftSection={<IconChevronLeft size={16} aria-hidden />}
                  onClick={() =>
                    setParams(filtersToSearchParams({ ...filters, page: filters.page - 1 }))
                  }
                >
                  {t('common.previous')}
                </Button>
                <Text size="sm" aria-live="polite">
                  {t('organisations.list.pageOf', { page: filters.page, pages: info.pages })}
                  {' · '}
                  {t('organisations.list.range', {
                    from: info.from,
                    to: info.to,
                    total: result.data.total,
                  })}
                </Text>
                <Button
                  variant="default"
                  disabled={!info.hasNext}
                  rightSection={<IconChevronRight size={16} aria-hidden />}
                  onClick={() =>
                    setParams(filtersToSearchParams({ ...filters, page: filters.page + 1 }))
                  }
                >
                  {t('common.next')}
                </Button>
              </Group>
            )}
          </div>
        )}
      </Stack>
    </>
  );
}
