import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BENEFICIARY_QUALIFICATIONS } from '../../../shared/supply-enums';
import { ZReceiptIssuer, type TReceiptIssuerInput } from '../../../shared/schemas/tax-receipts';
import { getIssuer, supplyKeys, updateIssuer } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { formPathMatcher } from '../../lib/field-errors';
import { BackLink, supplyFieldError } from './supply-common';
import { applyApiError, opt, schemaValidator } from './supply-form';

type TValues = Record<keyof TReceiptIssuerInput, string>;
const FIELDS = [
  'name',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'sirenOrRna',
  'object',
  'qualification',
  'qualificationText',
  'signatoryName',
  'signatoryTitle',
  'place',
] as const;
const OPTIONAL = new Set(['addressLine2', 'qualificationText']);
const isPath = formPathMatcher(FIELDS);
const toInput = (v: TValues): TReceiptIssuerInput => ({
  ...v,
  addressLine2: opt(v.addressLine2),
  qualificationText: opt(v.qualificationText),
  qualification: v.qualification as TReceiptIssuerInput['qualification'],
});

/** The bank's details printed on every tax receipt (administrators). */
export function IssuerPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: supplyKeys.issuer, queryFn: getIssuer });
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TValues>({
    mode: 'controlled',
    initialValues: Object.fromEntries(FIELDS.map((f) => [f, ''])) as TValues,
    validate: schemaValidator(ZReceiptIssuer, toInput, isPath),
  });
  const stored = q.data?.issuer;
  useEffect(() => {
    if (stored) {
      form.setValues(
        Object.fromEntries(FIELDS.map((f) => [f, String(stored[f] ?? '')])) as TValues,
      );
      form.resetDirty();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        await updateIssuer(toInput(values));
        await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
        notifySuccess(t, t('supply.issuer.saved'));
      } catch (e) {
        setError(applyApiError(form, e, isPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );
  const field = (f: (typeof FIELDS)[number]) => ({
    label: t(`supply.issuer.${f}`),
    required: !OPTIONAL.has(f),
    ...form.getInputProps(f),
    error: supplyFieldError(t, form.errors[f]),
  });
  return (
    <>
      <PageHeader
        title={t('supply.issuer.title')}
        intro={t('supply.issuer.intro')}
        before={<BackLink to="/tax-receipts" label={t('supply.receipts.back')} />}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {q.data.missing.length > 0 && (
            <Alert color="yellow" variant="light" title={t('supply.issuer.incomplete')}>
              {q.data.missing.map((m) => t(`supply.issuer.${m}`, { defaultValue: m })).join(', ')}
            </Alert>
          )}
          <ErrorAlert error={error} />
          <Paper p="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput {...field('name')} />
              <TextInput {...field('sirenOrRna')} description={t('supply.issuer.sirenHint')} />
              <TextInput {...field('addressLine1')} />
              <TextInput {...field('addressLine2')} />
              <TextInput {...field('postalCode')} inputMode="numeric" maxLength={5} />
              <TextInput {...field('city')} />
              <Select
                {...field('qualification')}
                allowDeselect={false}
                data={BENEFICIARY_QUALIFICATIONS.map((x) => ({
                  value: x,
                  label: t(`supply.qualifications.${x}`),
                }))}
              />
              <TextInput {...field('qualificationText')} />
              <TextInput {...field('signatoryName')} />
              <TextInput {...field('signatoryTitle')} />
              <TextInput {...field('place')} />
            </SimpleGrid>
            <Textarea mt="sm" autosize minRows={3} {...field('object')} />
          </Paper>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
