import { useEffect } from 'react';
import {
  ActionIcon,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconMapPin, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lookupPostalCode } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { translateFieldError } from '../../components/common/field-error';
import type { TOrganisationFormValues } from '../../lib/organisation-form';
import {
  communeCodeAfterLookup,
  isPostalCodeComplete,
  postalLookupState,
} from '../../lib/postal-lookup';

/**
 * One address of an organisation. The postal code is looked up as soon as it has five digits:
 * one commune fills itself in, several make the person choose, none is reported at once.
 */
export function AddressFields({
  form,
  index,
  onRemove,
}: {
  form: UseFormReturnType<TOrganisationFormValues>;
  index: number;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const address = form.values.addresses[index]!;
  const path = `addresses.${index}` as const;
  const code = address.postalCode.trim();
  const lookup = useQuery({
    queryKey: queryKeys.postalCode(code),
    queryFn: () => lookupPostalCode(code),
    enabled: isPostalCodeComplete(code),
    staleTime: Infinity,
  });
  const state = postalLookupState(
    code,
    lookup.error ? [] : lookup.data?.items,
    address.communeCode,
  );
  const nextCommune = lookup.error
    ? address.communeCode
    : communeCodeAfterLookup(state, address.communeCode);

  useEffect(() => {
    if (nextCommune !== address.communeCode) form.setFieldValue(`${path}.communeCode`, nextCommune);
  }, [nextCommune, address.communeCode, form, path]);

  const err = (field: string) => translateFieldError(t, form.errors[`${path}.${field}`]);
  const postalError =
    err('postalCode') ??
    (state.status === 'unknown' && !lookup.error ? t('fields.postal_code_unknown') : undefined);
  const n = index + 1;

  return (
    <Fieldset
      legend={
        <Group gap={6} component="span">
          <IconMapPin size={16} aria-hidden />
          {t('organisations.form.addressN', { n })}
        </Group>
      }
      radius="md"
    >
      <Group justify="flex-end" mt={-8} mb={4}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('organisations.form.removeAddress', { n })}
          onClick={onRemove}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('organisations.form.label')}
          placeholder={t('organisations.form.labelPlaceholder')}
          required
          {...form.getInputProps(`${path}.label`)}
          error={err('label')}
        />
        <TextInput
          label={t('organisations.form.line1')}
          autoComplete="address-line1"
          required
          {...form.getInputProps(`${path}.line1`)}
          error={err('line1')}
        />
        <TextInput
          label={t('organisations.form.line2')}
          autoComplete="address-line2"
          {...form.getInputProps(`${path}.line2`)}
          error={err('line2')}
        />
        <TextInput
          label={t('organisations.form.postalCode')}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          required
          rightSection={
            lookup.isFetching ? (
              <Loader size="xs" aria-label={t('organisations.form.lookingUp')} />
            ) : null
          }
          {...form.getInputProps(`${path}.postalCode`)}
          error={postalError}
        />
      </SimpleGrid>
      {state.status === 'multiple' && (
        <Select
          mt="sm"
          label={t('organisations.form.commune')}
          description={t('organisations.form.communeChoose')}
          required
          searchable
          data={state.communes.map((c) => ({ value: c.communeCode, label: c.communeName }))}
          value={address.communeCode || null}
          onChange={(v) => form.setFieldValue(`${path}.communeCode`, v ?? '')}
          error={err('communeCode')}
        />
      )}
      {state.status !== 'multiple' && err('communeCode') && (
        <Text size="sm" c="var(--mantine-color-error)" mt="xs">
          {err('communeCode')}
        </Text>
      )}
      <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
        {state.status === 'single'
          ? t('organisations.form.communeResolved', {
              commune: state.commune.communeName,
              departement: state.commune.departementName,
              departementCode: state.commune.departementCode,
              region: state.commune.regionName,
            })
          : state.status === 'multiple' && state.selected
            ? t('organisations.form.communeResolved', {
                commune: state.selected.communeName,
                departement: state.selected.departementName,
                departementCode: state.selected.departementCode,
                region: state.selected.regionName,
              })
            : ''}
      </Text>
      <Checkbox
        mt="sm"
        label={t('organisations.form.isDelivery')}
        {...form.getInputProps(`${path}.isDelivery`, { type: 'checkbox' })}
      />
    </Fieldset>
  );
}
