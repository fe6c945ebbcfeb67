import { useEffect } from 'react';
import { Loader, Select, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lookupPostalCode } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import {
  communeCodeAfterLookup,
  isPostalCodeComplete,
  postalLookupState,
} from '../../lib/postal-lookup';

/**
 * A postal code that completes its commune as the person types: one commune fills it, several
 * ask to choose one, an unknown code says so. The form holds the postal code and commune code.
 */
export function PostalCommuneFields({
  postalCode,
  communeCode,
  onPostalCode,
  onCommuneCode,
  error,
}: {
  postalCode: string;
  communeCode: string;
  onPostalCode: (v: string) => void;
  onCommuneCode: (v: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const code = postalCode.trim();
  const lookup = useQuery({
    queryKey: queryKeys.postalCode(code),
    queryFn: () => lookupPostalCode(code),
    enabled: isPostalCodeComplete(code),
    staleTime: Infinity,
  });
  const state = postalLookupState(code, lookup.error ? [] : lookup.data?.items, communeCode);
  const next = lookup.error ? communeCode : communeCodeAfterLookup(state, communeCode);
  useEffect(() => {
    if (next !== communeCode) onCommuneCode(next);
  }, [next, communeCode, onCommuneCode]);
  const chosen =
    state.status === 'single' ? state.commune : state.status === 'multiple' ? state.selected : null;
  return (
    <>
      <TextInput
        label={t('supply.declare.postalCode')}
        required
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        value={postalCode}
        onChange={(e) => onPostalCode(e.currentTarget.value)}
        rightSection={
          lookup.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null
        }
        error={
          (state.status === 'multiple' ? undefined : error) ??
          (state.status === 'unknown' && !lookup.error
            ? t('fields.postal_code_unknown')
            : undefined)
        }
      />
      {state.status === 'multiple' && (
        <Select
          label={t('supply.donate.commune')}
          description={t('supply.donate.communeChoose')}
          required
          searchable
          data={state.communes.map((c) => ({ value: c.communeCode, label: c.communeName }))}
          value={communeCode || null}
          onChange={(v) => onCommuneCode(v ?? '')}
          error={error}
        />
      )}
      <Text size="sm" c="dimmed" aria-live="polite">
        {chosen ? `${chosen.communeName} (${chosen.departementCode})` : ''}
      </Text>
    </>
  );
}
