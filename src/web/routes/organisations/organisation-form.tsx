import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_KINDS,
  STRUCTURE_TYPES,
  type TOrganisationKind,
  type TStructureType,
} from '../../../shared/enums';
import { createOrganisation, updateOrganisation } from '../../api/organisations';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { translateFieldError } from '../../components/common/field-error';
import { useDepartementOptions, useNetworks } from '../../hooks/use-reference-data';
import { placeFieldErrors } from '../../lib/field-errors';
import {
  emptyAddress,
  formToOrganisationInput,
  isOrganisationFormPath,
  legalIdKind,
  validateOrganisationForm,
  type TOrganisationFormValues,
} from '../../lib/organisation-form';
import { AddressFields } from './address-fields';
import { notifySuccess } from '../../components/common/notify';
import { focusFirstError } from '../../components/common/focus-first-error';

/** Creating (no id) or editing an organisation; server field errors land on their fields. */
export function OrganisationForm({
  id,
  initialValues,
}: {
  id?: string;
  initialValues: TOrganisationFormValues;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const departements = useDepartementOptions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TOrganisationFormValues>({
    mode: 'controlled',
    initialValues,
    validate: validateOrganisationForm,
  });
  const isStructure = form.values.kind === 'structure';
  const networks = useNetworks(isStructure);
  const err = (path: string) => translateFieldError(t, form.errors[path]);
  const siret = legalIdKind(form.values.kind) === 'siret';

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const input = formToOrganisationInput(values);
        const saved = id ? await updateOrganisation(id, input) : await createOrganisation(input);
        await queryClient.invalidateQueries({ queryKey: queryKeys.organisationsAll });
        await queryClient.invalidateQueries({ queryKey: queryKeys.home });
        notifySuccess(
          t,
          t(id ? 'organisations.form.saved' : 'organisations.form.created', { name: saved.name }),
        );
        void navigate(`/organisations/${saved.id}`);
      } catch (e) {
        if (e instanceof ApiError && e.fields.length) {
          const { errors, unplaced } = placeFieldErrors(e.fields, isOrganisationFormPath);
          form.setErrors(errors);
          focusFirstError(null);
          setError(unplaced.length || !Object.keys(errors).length ? e : null);
        } else setError(e);
      }
    },
    (_errors, _values, event) => {
      setError(null);
      focusFirstError(event?.currentTarget as HTMLFormElement | undefined);
    },
  );

  const hasFieldErrors = Object.keys(form.errors).length > 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {hasFieldErrors && !error && (
          <Alert color="red" variant="light" role="alert">
            {t('organisations.form.fixErrors')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        <Paper p="lg" component="section" aria-labelledby="org-form-identity">
          <Title order={2} size="h3" id="org-form-identity" mb="md">
            {t('organisations.form.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('organisations.form.kind')}
              required
              disabled={!!id}
              description={id ? t('organisations.form.kindLocked') : undefined}
              data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              value={form.values.kind || null}
              onChange={(v) => form.setFieldValue('kind', (v as TOrganisationKind | null) ?? '')}
              error={err('kind')}
            />
            <TextInput
              label={t('organisations.form.name')}
              required
              {...form.getInputProps('name')}
              error={err('name')}
            />
            <TextInput
              label={
                siret ? t('organisations.form.legalIdSiret') : t('organisations.form.legalIdAny')
              }
              description={
                siret
                  ? t('organisations.form.legalIdSiretHint')
                  : t('organisations.form.legalIdAnyHint')
              }
              inputMode="numeric"
              {...form.getInputProps('legalId')}
              error={err('legalId')}
            />
            {isStructure && (
              <Select
                label={t('organisations.form.structureType')}
                required
                data={STRUCTURE_TYPES.map((s) => ({ value: s, label: t(`structureTypes.${s}`) }))}
                value={form.values.structureType || null}
                onChange={(v) =>
                  form.setFieldValue('structureType', (v as TStructureType | null) ?? '')
                }
                error={err('structureType')}
              />
            )}
          </SimpleGrid>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="org-form-contact">
          <Title order={2} size="h3" id="org-form-contact" mb="md">
            {t('organisations.form.contact')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('organisations.form.email')}
              type="email"
              autoComplete="email"
              {...form.getInputProps('email')}
              error={err('email')}
            />
            <TextInput
              label={t('organisations.form.phone')}
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('phone')}
              error={err('phone')}
            />
            <Select
              label={t('organisations.form.departement')}
              description={t('organisations.form.departementHint')}
              searchable
              clearable
              data={departements}
              value={form.values.departementCode || null}
              onChange={(v) => form.setFieldValue('departementCode', v ?? '')}
              error={err('departementCode')}
            />
            {isStructure && (
              <MultiSelect
                label={t('organisations.form.networks')}
                description={t('organisations.form.networksHint')}
                searchable
                data={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
                {...form.getInputProps('networkIds')}
                error={err('networkIds')}
              />
            )}
          </SimpleGrid>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="org-form-addresses">
          <Title order={2} size="h3" id="org-form-addresses">
            {t('organisations.form.addresses')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('organisations.form.addressesIntro')}
          </Text>
          <Stack gap="md">
            {form.values.addresses.length === 0 && (
              <Text size="sm">{t('organisations.form.noAddress')}</Text>
            )}
            {form.values.addresses.map((_a, i) => (
              <AddressFields
                key={i}
                form={form}
                index={i}
                onRemove={() => form.removeListItem('addresses', i)}
              />
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => form.insertListItem('addresses', emptyAddress())}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('organisations.form.addAddress')}
            </Button>
          </Stack>
        </Paper>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            component={Link}
            to={id ? `/organisations/${id}` : '/organisations'}
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {id ? t('organisations.form.save') : t('organisations.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
