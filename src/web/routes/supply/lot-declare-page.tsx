import { useState } from 'react';
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
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZDonationLotInput, type TDonationLotInput } from '../../../shared/schemas/donations';
import { declareLot, listOrgsOfKind, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { useActiveMembership } from '../../hooks/use-session';
import { isBankRole } from '../../lib/access';
import { formPathMatcher } from '../../lib/field-errors';
import { RulesPanel } from './donation-rules-panel';
import { emptyLotLine, LotLineFields, lotLineInput, type TLotLineValues } from './lot-line-fields';
import { BackLink, supplyFieldError, todayIso } from './supply-common';
import { applyApiError, opt, schemaValidator } from './supply-form';

interface TValues {
  donorOrganisationId: string;
  lines: TLotLineValues[];
  line1: string;
  line2: string;
  postalCode: string;
  availableFrom: string;
  availableUntil: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  notes: string;
}

function toInput(v: TValues): TDonationLotInput {
  return {
    donorOrganisationId: v.donorOrganisationId || undefined,
    lines: v.lines.map(lotLineInput),
    pickupAddress: { line1: v.line1, line2: opt(v.line2), postalCode: v.postalCode },
    availableFrom: v.availableFrom,
    availableUntil: v.availableUntil,
    siteContact: { name: v.contactName, phone: v.contactPhone, email: v.contactEmail.trim() },
    notes: opt(v.notes),
  };
}

/** Paths of the API's errors mapped to the form's fields. */
const API_PATHS: Record<string, string> = {
  'pickupAddress.line1': 'line1',
  'pickupAddress.line2': 'line2',
  'pickupAddress.postalCode': 'postalCode',
  'pickupAddress.communeCode': 'postalCode',
  'siteContact.name': 'contactName',
  'siteContact.phone': 'contactPhone',
  'siteContact.email': 'contactEmail',
};
const LINE_FIELDS = ['kind', 'count', 'brand', 'model', 'ageYears', 'condition', 'drives'];
const matcher = formPathMatcher(
  [
    'donorOrganisationId',
    'lines',
    'line1',
    'line2',
    'postalCode',
    'availableFrom',
    'availableUntil',
    'contactName',
    'contactPhone',
    'contactEmail',
    'notes',
  ],
  { lines: [...LINE_FIELDS, 'assetTags', 'notes'] },
);
const isPath = (p: string) => matcher(API_PATHS[p] ?? p);
const remap = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [API_PATHS[k] ?? k, v]));

/** A company declares a lot (or the bank declares one for a donor company). */
export function LotDeclarePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bank = isBankRole(useActiveMembership()?.role);
  const [error, setError] = useState<unknown>(null);
  const donors = useQuery({
    queryKey: supplyKeys.orgs('donor'),
    queryFn: () => listOrgsOfKind('donor'),
    enabled: bank,
  });
  const form = useForm<TValues>({
    mode: 'controlled',
    initialValues: {
      donorOrganisationId: '',
      lines: [emptyLotLine()],
      line1: '',
      line2: '',
      postalCode: '',
      availableFrom: todayIso(3),
      availableUntil: todayIso(30),
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      notes: '',
    },
    validate: (v) => remap(schemaValidator(ZDonationLotInput, toInput, isPath)(v)),
  });
  const err = (path: string) => supplyFieldError(t, form.errors[path]);
  const input = (path: string) => ({ ...form.getInputProps(path), error: err(path) });

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const saved = await declareLot(toInput(values));
        await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
        notifySuccess(t, t('supply.declare.done', { reference: saved.reference }));
        void navigate(`/donations/${saved.id}`);
      } catch (e) {
        setError(applyApiError(form, e, isPath, (p) => API_PATHS[p] ?? p));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  return (
    <>
      <PageHeader
        title={t('supply.declare.title')}
        intro={t('supply.declare.intro')}
        before={<BackLink to="/donations" label={t('supply.lots.back')} />}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <RulesPanel />
          <ErrorAlert error={error} />
          {bank && (
            <Paper p="lg">
              <Select
                label={t('supply.declare.donor')}
                required
                searchable
                data={(donors.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                {...input('donorOrganisationId')}
              />
            </Paper>
          )}
          <Paper p="lg" component="section" aria-labelledby="lot-devices">
            <Title order={2} size="h3" id="lot-devices" mb="md">
              {t('supply.declare.devices')}
            </Title>
            <Stack gap="md">
              {form.values.lines.map((_l, i) => (
                <LotLineFields
                  key={i}
                  form={form}
                  index={i}
                  canRemove={form.values.lines.length > 1}
                />
              ))}
              {err('lines') && (
                <Alert color="red" variant="light" role="alert">
                  {err('lines')}
                </Alert>
              )}
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => form.insertListItem('lines', emptyLotLine())}
                >
                  {t('supply.declare.addLine')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Paper p="lg" component="section" aria-labelledby="lot-pickup">
            <Title order={2} size="h3" id="lot-pickup" mb="md">
              {t('supply.declare.pickup')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('supply.declare.line1')} required {...input('line1')} />
              <TextInput label={t('supply.declare.line2')} {...input('line2')} />
              <TextInput
                label={t('supply.declare.postalCode')}
                required
                inputMode="numeric"
                maxLength={5}
                {...input('postalCode')}
              />
              <div />
              <TextInput
                type="date"
                label={t('supply.declare.availableFrom')}
                required
                {...input('availableFrom')}
              />
              <TextInput
                type="date"
                label={t('supply.declare.availableUntil')}
                required
                {...input('availableUntil')}
              />
              <TextInput
                label={t('supply.declare.contactName')}
                required
                {...input('contactName')}
              />
              <TextInput
                label={t('supply.declare.contactPhone')}
                required
                type="tel"
                {...input('contactPhone')}
              />
              <TextInput
                label={t('supply.declare.contactEmail')}
                type="email"
                {...input('contactEmail')}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('supply.declare.notes')}
              autosize
              minRows={2}
              {...input('notes')}
            />
          </Paper>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('supply.declare.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
