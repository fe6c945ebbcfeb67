import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  NEEDS_LIMITS,
  TIERED_KINDS,
  URGENCY_LEVELS,
  URGENCY_REASONS,
  type TNeedKind,
} from '../../../shared/needs-enums';
import { ZRequestInput, type TRequestInput } from '../../../shared/schemas/requests';
import { getOrganisation, type TOrganisationDetail } from '../../api/organisations';
import { createRequest, listBeneficiaries, listCampaigns } from '../../api/needs';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership } from '../../hooks/use-session';
import { formPathMatcher } from '../../lib/field-errors';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

interface TLine {
  kind: string;
  quantity: number | string;
  minTier: string;
  beneficiaryIds: string[];
}

interface TValues {
  campaignId: string;
  networkId: string;
  deliveryAddressId: string;
  preferredFrom: string;
  preferredTo: string;
  urgency: string;
  urgencyReason: string;
  urgencyText: string;
  comment: string;
  lines: TLine[];
}

type TAddress = TOrganisationDetail['addresses'][number] & { id: string };

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const emptyLine = (): TLine => ({ kind: '', quantity: 1, minTier: '', beneficiaryIds: [] });
const isTiered = (k: string) => (TIERED_KINDS as readonly string[]).includes(k);

function toInput(v: TValues): TRequestInput {
  const urgent = v.urgency !== 'normal';
  return {
    campaignId: v.campaignId,
    networkId: v.networkId || null,
    deliveryAddressId: v.deliveryAddressId,
    preferredFrom: v.preferredFrom,
    preferredTo: v.preferredTo,
    urgency: v.urgency as TRequestInput['urgency'],
    urgencyReason: urgent && v.urgencyReason ? (v.urgencyReason as never) : null,
    urgencyText: urgent ? v.urgencyText.trim() || null : null,
    comment: v.comment.trim() || null,
    lines: v.lines.map((l) => ({
      kind: l.kind as TNeedKind,
      quantity: l.quantity === '' ? NaN : Number(l.quantity),
      minTier: isTiered(l.kind) && l.minTier ? Number(l.minTier) : null,
      beneficiaryIds: l.beneficiaryIds,
    })),
  };
}

const isPath = formPathMatcher(
  [
    'campaignId',
    'networkId',
    'deliveryAddressId',
    'preferredFrom',
    'preferredTo',
    'urgency',
    'urgencyReason',
    'urgencyText',
    'comment',
    'lines',
  ],
  { lines: ['kind', 'quantity', 'minTier', 'beneficiaryIds'] },
);

/** A new request of the active structure, saved as a draft, then confirmed on its own page. */
export function RequestNewPage() {
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
    initialValues: {
      campaignId: '',
      networkId: '',
      deliveryAddressId: '',
      preferredFrom: isoIn(7),
      preferredTo: isoIn(30),
      urgency: 'normal',
      urgencyReason: '',
      urgencyText: '',
      comment: '',
      lines: [emptyLine()],
    },
    validate: schemaValidator(ZRequestInput, toInput, isPath),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const saved = await createRequest(toInput(values));
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
  const kinds = campaign?.offeredKinds ?? [];
  const urgent = form.values.urgency !== 'normal';
  const option = (group: string) => (v: string) => ({ value: v, label: t(`needs.${group}.${v}`) });
  const beneficiaryOptions = (people.data?.items ?? []).map((b) => ({
    value: b.id,
    label: b.reference,
  }));

  return (
    <>
      <PageHeader title={t('needs.requestForm.title')} intro={t('needs.requestForm.intro')} />
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
          <Paper p="lg" component="section" aria-labelledby="rq-lines">
            <Title order={2} size="h3" id="rq-lines" mb="xs">
              {t('needs.requestForm.lines')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {campaign ? t('needs.requestForm.linesHint') : t('needs.requestForm.chooseCampaign')}
            </Text>
            {err('lines') && (
              <Text size="sm" c="var(--mantine-color-error)" mb="sm">
                {err('lines')}
              </Text>
            )}
            <Stack gap="md">
              {form.values.lines.map((line, i) => {
                const p = `lines.${i}`;
                return (
                  <Fieldset key={i} legend={t('needs.requestForm.lineN', { n: i + 1 })} radius="md">
                    {form.values.lines.length > 1 && (
                      <Group justify="flex-end" mt={-8} mb={4}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('needs.requestForm.removeLine', { n: i + 1 })}
                          onClick={() => form.removeListItem('lines', i)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    )}
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                      <Select
                        label={t('needs.requestForm.kind')}
                        required
                        data={kinds.map(option('kinds'))}
                        {...form.getInputProps(`${p}.kind`)}
                        error={err(`${p}.kind`)}
                      />
                      <NumberInput
                        label={t('needs.requestForm.quantity')}
                        required
                        min={1}
                        max={NEEDS_LIMITS.maxLineQuantity}
                        allowDecimal={false}
                        {...form.getInputProps(`${p}.quantity`)}
                        error={err(`${p}.quantity`)}
                      />
                      {isTiered(line.kind) && (
                        <Select
                          label={t('needs.requestForm.minTier')}
                          description={t('needs.requestForm.minTierHint')}
                          clearable
                          data={['1', '2', '3'].map((v) => ({
                            value: v,
                            label: t(`needs.tiers.${v}`),
                          }))}
                          {...form.getInputProps(`${p}.minTier`)}
                          error={err(`${p}.minTier`)}
                        />
                      )}
                    </SimpleGrid>
                    <MultiSelect
                      mt="sm"
                      label={t('needs.requestForm.beneficiaries')}
                      description={t('needs.requestForm.beneficiariesHint')}
                      searchable
                      data={beneficiaryOptions}
                      {...form.getInputProps(`${p}.beneficiaryIds`)}
                      error={err(`${p}.beneficiaryIds`)}
                    />
                  </Fieldset>
                );
              })}
              {form.values.lines.length < NEEDS_LIMITS.maxLinesPerRequest && (
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => form.insertListItem('lines', emptyLine())}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('needs.requestForm.addLine')}
                </Button>
              )}
            </Stack>
          </Paper>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/requests">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('needs.requestForm.saveAndCheck')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
