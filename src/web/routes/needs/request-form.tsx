import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
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
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { URGENCY_LEVELS, URGENCY_REASONS } from '../../../shared/needs-enums';
import { ZRequestInput, type TRequestInput } from '../../../shared/schemas/requests';
import { getOrganisation, type TOrganisationDetail } from '../../api/organisations';
import {
  createRequest,
  getRequest,
  listBeneficiaries,
  listCampaigns,
  updateRequest,
  type TRequestDetail,
} from '../../api/needs';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership } from '../../hooks/use-session';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';
import { RequestLinesFields } from './request-form-lines';
import { blankValues, isPath, toInput, valuesOf, type TValues } from './request-form-model';

type TAddress = TOrganisationDetail['addresses'][number] & { id: string };

/**
 * The request form of the active structure (a new request, or a draft / a request waiting for
 * information being edited); saving leads to the confirmation step.
 */
function RequestForm({
  initial,
  cancelTo,
  save,
}: {
  initial: TValues;
  cancelTo: string;
  save: (input: TRequestInput) => Promise<TRequestDetail>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const orgId = useActiveMembership()?.organisationId ?? '';
  const [error, setError] = useState<unknown>(null);
  const org = useQuery({
    queryKey: queryKeys.organisation(orgId),
    queryFn: () => getOrganisation(orgId),
    enabled: !!orgId,
  });
  const campaigns = useQuery({
    queryKey: ['needs', 'campaigns', 'open'],
    queryFn: () => listCampaigns('open'),
  });
  const people = useQuery({
    queryKey: ['needs', 'beneficiaries', 'all'],
    queryFn: () => listBeneficiaries({ limit: 500 }),
  });
  const form = useForm<TValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidator(ZRequestInput, toInput, isPath),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const saved = await save(toInput(values));
        await queryClient.invalidateQueries({ queryKey: ['needs', 'requests'] });
        void navigate(`/requests/${saved.id}/confirm`);
      } catch (e) {
        setError(applyApiError(form, e, isPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  const addresses = (org.data?.addresses ?? []) as TAddress[];
  const defaultAddress = (addresses.find((a) => a.isDelivery) ?? addresses[0])?.id ?? '';
  const onlyCampaign = campaigns.data?.items.length === 1 ? campaigns.data.items[0]!.id : '';
  const { deliveryAddressId, campaignId } = form.values;
  useEffect(() => {
    if (!deliveryAddressId && defaultAddress)
      form.setFieldValue('deliveryAddressId', defaultAddress);
    if (!campaignId && onlyCampaign) form.setFieldValue('campaignId', onlyCampaign);
  }, [deliveryAddressId, defaultAddress, campaignId, onlyCampaign, form]);

  if (org.isPending || campaigns.isPending) return <PageLoader />;
  if (org.error || campaigns.error) return <ErrorAlert error={org.error ?? campaigns.error} />;
  const campaign = campaigns.data.items.find((c) => c.id === form.values.campaignId);
  const urgent = form.values.urgency !== 'normal';
  const option = (group: string) => (v: string) => ({ value: v, label: t(`needs.${group}.${v}`) });
  const beneficiaryOptions = (people.data?.items ?? []).map((b) => ({
    value: b.id,
    label: b.reference,
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={error} />
        <Paper p="lg" component="section" aria-labelledby="rq-general">
          <Title order={2} size="h3" id="rq-general" mb="md">
            {t('needs.requestForm.general')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('needs.requestForm.campaign')}
              required
              data={campaigns.data.items.map((c) => ({ value: c.id, label: c.name }))}
              {...form.getInputProps('campaignId')}
              error={err('campaignId')}
            />
            {org.data.networks.length > 1 && (
              <Select
                label={t('needs.requestForm.network')}
                description={t('needs.requestForm.networkHint')}
                required
                data={org.data.networks.map((n) => ({ value: n.id, label: n.name }))}
                {...form.getInputProps('networkId')}
                error={err('networkId')}
              />
            )}
            <Select
              label={t('needs.requestForm.delivery')}
              required
              data={addresses.map((a) => ({
                value: a.id,
                label: `${a.label} — ${a.line1}, ${a.postalCode} ${a.communeName}`,
              }))}
              {...form.getInputProps('deliveryAddressId')}
              error={err('deliveryAddressId')}
            />
            <TextInput
              type="date"
              label={t('needs.requestForm.from')}
              required
              {...form.getInputProps('preferredFrom')}
              error={err('preferredFrom')}
            />
            <TextInput
              type="date"
              label={t('needs.requestForm.to')}
              required
              {...form.getInputProps('preferredTo')}
              error={err('preferredTo')}
            />
            <Select
              label={t('needs.requestForm.urgency')}
              required
              allowDeselect={false}
              data={URGENCY_LEVELS.map(option('urgency'))}
              {...form.getInputProps('urgency')}
              error={err('urgency')}
            />
            {urgent && (
              <Select
                label={t('needs.requestForm.urgencyReason')}
                required
                data={URGENCY_REASONS.map(option('urgencyReasons'))}
                {...form.getInputProps('urgencyReason')}
                error={err('urgencyReason')}
              />
            )}
          </SimpleGrid>
          {urgent && (
            <Textarea
              mt="sm"
              label={t('needs.requestForm.urgencyText')}
              autosize
              minRows={2}
              {...form.getInputProps('urgencyText')}
              error={err('urgencyText')}
            />
          )}
          <Textarea
            mt="sm"
            label={t('needs.requestForm.comment')}
            autosize
            minRows={2}
            {...form.getInputProps('comment')}
            error={err('comment')}
          />
        </Paper>
        <RequestLinesFields
          form={form}
          campaign={campaign}
          beneficiaryOptions={beneficiaryOptions}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to={cancelTo}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('needs.requestForm.saveAndCheck')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new request of the active structure, saved as a draft, then confirmed on its own page. */
export function RequestNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('needs.requestForm.title')} intro={t('needs.requestForm.intro')} />
      <RequestForm initial={blankValues()} cancelTo="/requests" save={createRequest} />
    </>
  );
}

/** Editing a draft, or completing a request the bank asked information about. */
export function RequestEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['needs', 'requests', 'detail', id],
    queryFn: () => getRequest(id),
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  const back = (
    <Anchor component={Link} to={`/requests/${r.id}`} size="sm">
      {t('needs.requestEdit.back', { reference: r.reference })}
    </Anchor>
  );
  const editable = r.status === 'draft' || r.status === 'needs_information';
  return (
    <>
      <PageHeader
        title={t('needs.requestEdit.title', { reference: r.reference })}
        intro={t(
          r.status === 'needs_information'
            ? 'needs.requestEdit.introInfo'
            : 'needs.requestEdit.intro',
        )}
        before={back}
      />
      {r.status === 'needs_information' && r.statusReason && (
        <Alert color="lagoon" variant="light" mb="lg" title={t('needs.requestEdit.question')}>
          {r.statusReason}
        </Alert>
      )}
      {editable ? (
        <RequestForm
          key={r.updatedAt}
          initial={valuesOf(r)}
          cancelTo={`/requests/${r.id}`}
          save={(input) => updateRequest(r.id, input)}
        />
      ) : (
        <Alert color="gray" variant="light">
          {t('needs.requestEdit.notEditable')}
        </Alert>
      )}
    </>
  );
}
