import { useEffect, useState } from 'react';
import {
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type TOrganisationKind } from '../../../shared/enums';
import { useIsWide } from '../../hooks/use-is-wide';
import { useDepartementOptions, useNetworks } from '../../hooks/use-reference-data';
import type { TOrganisationFilters } from '../../lib/org-filters';

const NO_FILTERS: TOrganisationFilters = {
  kind: null,
  search: '',
  departementCode: null,
  networkId: null,
  includeInactive: false,
  page: 1,
};

/**
 * Filters of the organisation list; every change goes back to page 1. On phones only the
 * search shows, the other filters fold under a button.
 */
export function OrganisationFilters({
  filters,
  onChange,
}: {
  filters: TOrganisationFilters;
  onChange: (next: TOrganisationFilters) => void;
}) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  const networks = useNetworks();
  const departements = useDepartementOptions();
  const [search, setSearch] = useState(filters.search);
  const [debounced] = useDebouncedValue(search, 300);
  const hasMore =
    !!filters.kind || !!filters.departementCode || !!filters.networkId || filters.includeInactive;
  const [moreOpened, more] = useDisclosure(hasMore);

  useEffect(() => {
    if (debounced.trim() !== filters.search.trim())
      onChange({ ...filters, search: debounced, page: 1 });
    // Only the typed text drives this effect; other filters change through their own inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  // Follow the URL when it changes from elsewhere (reset, back button), not while typing:
  // adjusting state during render, as React recommends instead of an effect.
  const [urlSearch, setUrlSearch] = useState(filters.search);
  if (filters.search !== urlSearch) {
    setUrlSearch(filters.search);
    if (filters.search.trim() !== debounced.trim()) setSearch(filters.search);
  }

  const set = (patch: Partial<TOrganisationFilters>) => onChange({ ...filters, ...patch, page: 1 });

  const searchInput = (
    <TextInput
      label={t('organisations.list.search')}
      placeholder={t('organisations.list.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      type="search"
    />
  );
  const selects = (
    <>
      <Select
        label={t('organisations.list.kind')}
        placeholder={t('organisations.list.anyKind')}
        clearable
        data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={filters.kind}
        onChange={(v) => set({ kind: (v as TOrganisationKind | null) ?? null })}
      />
      <Select
        label={t('organisations.list.departement')}
        placeholder={t('organisations.list.anyDepartement')}
        clearable
        searchable
        data={departements}
        value={filters.departementCode}
        onChange={(v) => set({ departementCode: v })}
      />
      <Select
        label={t('organisations.list.network')}
        placeholder={t('organisations.list.anyNetwork')}
        clearable
        searchable
        data={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
        value={filters.networkId}
        onChange={(v) => set({ networkId: v })}
      />
    </>
  );
  const inactiveSwitch = (
    <Switch
      label={t('organisations.list.includeInactive')}
      checked={filters.includeInactive}
      onChange={(e) => set({ includeInactive: e.currentTarget.checked })}
    />
  );
  const resetButton = (hasMore || !!filters.search) && (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconFilterOff size={16} aria-hidden />}
      onClick={() => {
        setSearch('');
        onChange(NO_FILTERS);
      }}
    >
      {t('organisations.list.resetFilters')}
    </Button>
  );

  return (
    <Paper p="md" component="section" aria-labelledby="organisation-filters">
      <Title order={2} size="h4" id="organisation-filters" mb="sm">
        {t('organisations.list.filters')}
      </Title>
      {isWide ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            {searchInput}
            {selects}
          </SimpleGrid>
          <Group justify="space-between" mt="md" gap="sm">
            {inactiveSwitch}
            {resetButton}
          </Group>
        </>
      ) : (
        <Stack gap="xs">
          {searchInput}
          <Group justify="space-between" gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
              aria-expanded={moreOpened}
              aria-controls="organisation-more-filters"
              onClick={more.toggle}
            >
              {t('organisations.list.moreFilters')}
            </Button>
            {resetButton}
          </Group>
          <Collapse expanded={moreOpened} id="organisation-more-filters">
            <Stack gap="sm">
              {selects}
              {inactiveSwitch}
            </Stack>
          </Collapse>
        </Stack>
      )}
    </Paper>
  );
}
