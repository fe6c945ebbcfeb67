import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api/organisations';
import { queryKeys } from '../../api/query-keys';

/** A structure chosen in the picker. */
export interface TPickedStructure {
  id: string;
  name: string;
}

/**
 * A searchable select over active structures (server search by name or SIRET), for bank
 * staff who act for a structure, e.g. importing its beneficiaries.
 */
export function ImportStructurePicker({
  value,
  onChange,
  error,
  disabled,
}: {
  value: TPickedStructure | null;
  onChange: (structure: TPickedStructure | null) => void;
  error?: string | null | undefined;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Once a structure is chosen the box shows its name: that is no search.
  const [debounced] = useDebouncedValue(value && search === value.name ? '' : search.trim(), 250);
  const query = { kind: 'structure', limit: '50', ...(debounced ? { search: debounced } : {}) };
  const structures = useQuery({
    queryKey: queryKeys.organisations(query),
    queryFn: ({ signal }) => listOrganisations(query, signal),
    placeholderData: keepPreviousData,
  });
  const options = (structures.data?.items ?? []).map((o) => ({
    value: o.id,
    label: o.departementCode ? `${o.name} (${o.departementCode})` : o.name,
  }));
  // The chosen structure stays an option while another search is typed.
  if (value && !options.some((o) => o.value === value.id)) {
    options.unshift({ value: value.id, label: value.name });
  }
  return (
    <Select
      label={t('needs.imports.structure')}
      description={t('needs.imports.structureHint')}
      placeholder={t('needs.imports.structurePlaceholder')}
      nothingFoundMessage={t('needs.imports.structureNone')}
      required
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
      error={error}
      disabled={disabled}
      maw={480}
    />
  );
}
