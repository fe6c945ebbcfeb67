import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STRUCTURE_TYPES } from '../../../shared/enums';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import { ZStructureApplicationInput } from '../../../shared/schemas/structure-applications';
import { applyStructure, listPublicNetworks, resubmitApplication } from '../../api/needs';
import { lookupPostalCode } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { usePageTitle } from '../../hooks/use-page-title';
import {
  communeCodeAfterLookup,
  isPostalCodeComplete,
  postalLookupState,
} from '../../lib/postal-lookup';
import { ApplyContacts } from './apply-contacts';
import { emptyContact, isPath, toInput, type TValues } from './apply-model';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

/** The application form's values (exported for the page completing an application). */
export type TApplyValues = TValues;

/** The public form a structure fills in to join the bank (no account needed). */
export function ApplyPage() {
  return <ApplyForm />;
}

/**
 * The application form: a new application, or (with the one-time `token` of a coordinator's
 * question) the same application completed and sent again.
 */
export function ApplyForm({
  token,
  initial,
  question,
}: {
  token?: string;
  initial?: TValues;
  question?: string | null;
}) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('needs.apply.title'));
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const networks = useQuery({ queryKey: ['public', 'networks'], queryFn: listPublicNetworks });
  const form = useForm<TValues>({
    mode: 'controlled',
    initialValues: initial ?? {
      name: '',
      structureType: '',
      legalId: '',
      email: '',
      phone: '',
      networkIds: [],
      address: { line1: '', line2: '', postalCode: '', communeCode: '' },
      contacts: [emptyContact()],
      publicServed: '',
      expectedBeneficiaries: '',
    },
    validate: schemaValidator(
      ZStructureApplicationInput,
      (v: TValues) => toInput(v, i18n.language),
      isPath,
    ),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);

  const code = form.values.address.postalCode.trim();
  const lookup = useQuery({
    queryKey: queryKeys.postalCode(code),
    queryFn: () => lookupPostalCode(code),
    enabled: isPostalCodeComplete(code),
    staleTime: Infinity,
  });
  const state = postalLookupState(
    code,
    lookup.error ? [] : lookup.data?.items,
    form.values.address.communeCode,
  );
  const current = form.values.address.communeCode;
  const nextCommune = lookup.error ? current : communeCodeAfterLookup(state, current);
  useEffect(() => {
    if (nextCommune !== current) form.setFieldValue('address.communeCode', nextCommune);
  }, [nextCommune, current, form]);

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const input = toInput(values, i18n.language);
        if (token) await resubmitApplication({ ...input, token });
        else await applyStructure(input);
        setSent(true);
        window.scrollTo(0, 0);
      } catch (e) {
        setError(applyApiError(form, e, isPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  if (sent) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('needs.apply.title')}</Title>
        <Alert color="lagoon" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          <Text fw={600}>{t('needs.apply.sentTitle')}</Text>
          <Text size="sm">{t('needs.apply.sent')}</Text>
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          {t('needs.apply.backToLogin')}
        </Anchor>
      </Stack>
    );
  }

  const chosen =
    state.status === 'single' ? state.commune : state.status === 'multiple' ? state.selected : null;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('needs.apply.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('needs.apply.intro')}
        </Text>
      </div>
      {question && (
        <Alert color="blue" variant="light" title={t('needs.apply.question')}>
          <Text size="sm" className="break-anywhere">
            {question}
          </Text>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('needs.apply.name')}
            required
            {...form.getInputProps('name')}
            error={err('name')}
          />
          <Select
            label={t('needs.apply.structureType')}
            required
            data={STRUCTURE_TYPES.map((s) => ({ value: s, label: t(`structureTypes.${s}`) }))}
            value={form.values.structureType || null}
            onChange={(v) => form.setFieldValue('structureType', v ?? '')}
            error={err('structureType')}
          />
          <TextInput
            label={t('needs.apply.legalId')}
            description={t('needs.apply.legalIdHint')}
            inputMode="numeric"
            {...form.getInputProps('legalId')}
            error={err('legalId')}
          />
          <MultiSelect
            label={t('needs.apply.networks')}
            description={t('needs.apply.networksHint')}
            searchable
            data={(networks.data ?? []).map((n) => ({ value: n.id, label: n.name }))}
            {...form.getInputProps('networkIds')}
            error={err('networkIds')}
          />
          <TextInput
            label={t('needs.apply.email')}
            type="email"
            autoComplete="email"
            {...form.getInputProps('email')}
            error={err('email')}
          />
          <TextInput
            label={t('needs.apply.phone')}
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
            error={err('phone')}
          />
          <Fieldset legend={t('needs.apply.address')} radius="md">
            <Stack gap="sm">
              <TextInput
                label={t('needs.apply.line1')}
                required
                autoComplete="address-line1"
                {...form.getInputProps('address.line1')}
                error={err('address.line1')}
              />
              <TextInput
                label={t('needs.apply.line2')}
                autoComplete="address-line2"
                {...form.getInputProps('address.line2')}
                error={err('address.line2')}
              />
              <TextInput
                label={t('needs.apply.postalCode')}
                required
                inputMode="numeric"
                autoComplete="postal-code"
                maxLength={5}
                rightSection={
                  lookup.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null
                }
                {...form.getInputProps('address.postalCode')}
                error={
                  err('address.postalCode') ??
                  (state.status === 'unknown' && !lookup.error
                    ? t('fields.postal_code_unknown')
                    : undefined)
                }
              />
              {state.status === 'multiple' && (
                <Select
                  label={t('needs.apply.commune')}
                  description={t('needs.apply.communeChoose')}
                  required
                  searchable
                  data={state.communes.map((c) => ({ value: c.communeCode, label: c.communeName }))}
                  value={form.values.address.communeCode || null}
                  onChange={(v) => form.setFieldValue('address.communeCode', v ?? '')}
                  error={err('address.communeCode')}
                />
              )}
              {state.status !== 'multiple' && err('address.communeCode') && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {err('address.communeCode')}
                </Text>
              )}
              <Text size="sm" c="dimmed" aria-live="polite">
                {chosen ? `${chosen.communeName} (${chosen.departementCode})` : ''}
              </Text>
            </Stack>
          </Fieldset>
          <ApplyContacts form={form} />
          <Textarea
            label={t('needs.apply.publicServed')}
            description={t('needs.apply.publicServedHint')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('publicServed')}
            error={err('publicServed')}
          />
          <NumberInput
            label={t('needs.apply.expected')}
            required
            min={1}
            max={NEEDS_LIMITS.maxExpectedBeneficiaries}
            allowDecimal={false}
            {...form.getInputProps('expectedBeneficiaries')}
            error={err('expectedBeneficiaries')}
          />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('needs.apply.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('needs.apply.backToLogin')}
      </Anchor>
    </Stack>
  );
}
