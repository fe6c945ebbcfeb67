import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_STATUSES, NEED_KINDS } from '../../../shared/needs-enums';
import { ZCampaignInput, type TCampaignInput } from '../../../shared/schemas/campaigns';
import type { TCampaignDetail } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { useNetworks } from '../../hooks/use-reference-data';
import { campaignInput, isCampaignPath, type TCampaignValues } from './campaign-model';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

/**
 * A campaign's editor: name, status, dates, goals (people, and devices per offered kind),
 * eligibility (networks, kinds, maximum per beneficiary) and quotas per network.
 */
export function CampaignForm({
  initial,
  usage,
  save,
  onSaved,
}: {
  initial: TCampaignValues;
  usage?: TCampaignDetail['quotas'];
  save: (input: TCampaignInput) => Promise<TCampaignDetail>;
  onSaved: (c: TCampaignDetail) => void;
}) {
  const { t } = useTranslation();
  const networks = useNetworks();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TCampaignValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidator(ZCampaignInput, campaignInput, isCampaignPath),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        onSaved(await save(campaignInput(values)));
      } catch (e) {
        setError(applyApiError(form, e, isCampaignPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );
  const networkOptions = (networks.data ?? []).map((n) => ({ value: n.id, label: n.name }));
  const used = (networkId: string) => usage?.find((q) => q.networkId === networkId)?.used;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={error} />
        <Paper p="lg" component="section" aria-labelledby="cp-general">
          <Title order={2} size="h3" id="cp-general" mb="md">
            {t('needs.campaigns.general')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('needs.campaigns.name')}
              required
              {...form.getInputProps('name')}
              error={err('name')}
            />
            <Select
              label={t('needs.campaigns.status')}
              required
              allowDeselect={false}
              data={CAMPAIGN_STATUSES.map((s) => ({
                value: s,
                label: t(`needs.campaigns.statuses.${s}`),
              }))}
              {...form.getInputProps('status')}
              error={err('status')}
            />
            <TextInput
              type="date"
              label={t('needs.campaigns.startsOn')}
              required
              {...form.getInputProps('startsOn')}
              error={err('startsOn')}
            />
            <TextInput
              type="date"
              label={t('needs.campaigns.endsOn')}
              required
              {...form.getInputProps('endsOn')}
              error={err('endsOn')}
            />
            <NumberInput
              label={t('needs.campaigns.goalPeople')}
              min={0}
              allowDecimal={false}
              thousandSeparator=" "
              {...form.getInputProps('goalPeople')}
              error={err('goalPeople')}
            />
            <NumberInput
              label={t('needs.campaigns.maxPerBeneficiary')}
              description={t('needs.campaigns.maxPerBeneficiaryHint')}
              min={1}
              max={20}
              allowDecimal={false}
              {...form.getInputProps('maxPerBeneficiary')}
              error={err('maxPerBeneficiary')}
            />
          </SimpleGrid>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="cp-kinds">
          <Title order={2} size="h3" id="cp-kinds" mb="xs">
            {t('needs.campaigns.kindsTitle')}
          </Title>
          <Checkbox.Group
            label={t('needs.campaigns.offeredKinds')}
            description={t('needs.campaigns.offeredKindsHint')}
            required
            {...form.getInputProps('offeredKinds')}
            error={err('offeredKinds')}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
              {NEED_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`needs.kinds.${k}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {form.values.offeredKinds.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mt="md">
              {NEED_KINDS.filter((k) => form.values.offeredKinds.includes(k)).map((k) => (
                <NumberInput
                  key={k}
                  label={t('needs.campaigns.goalFor', { kind: t(`needs.kinds.${k}`) })}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator=" "
                  {...form.getInputProps(`goalsByKind.${k}`)}
                  error={err(`goalsByKind.${k}`)}
                />
              ))}
            </SimpleGrid>
          )}
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="cp-networks">
          <Title order={2} size="h3" id="cp-networks" mb="md">
            {t('needs.campaigns.networksTitle')}
          </Title>
          <MultiSelect
            label={t('needs.campaigns.eligibleNetworks')}
            description={t('needs.campaigns.eligibleNetworksHint')}
            searchable
            data={networkOptions}
            {...form.getInputProps('eligibleNetworkIds')}
            error={err('eligibleNetworkIds')}
          />
          <Text fw={600} size="sm" mt="lg">
            {t('needs.campaigns.quotas')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('needs.campaigns.quotasHint')}
          </Text>
          {err('quotas') && (
            <Text size="sm" c="var(--mantine-color-error)">
              {err('quotas')}
            </Text>
          )}
          <Stack gap="xs">
            {form.values.quotas.map((q, i) => {
              const u = used(q.networkId);
              return (
                <Group key={i} gap="sm" align="flex-start" wrap="wrap">
                  <Select
                    label={t('needs.campaigns.quotaNetwork', { n: i + 1 })}
                    required
                    searchable
                    data={networkOptions}
                    style={{ flex: '1 1 14rem' }}
                    {...form.getInputProps(`quotas.${i}.networkId`)}
                    error={err(`quotas.${i}.networkId`)}
                  />
                  <NumberInput
                    label={t('needs.campaigns.quotaQuantity', { n: i + 1 })}
                    description={
                      u !== undefined ? t('needs.campaigns.quotaUsed', { used: u }) : undefined
                    }
                    required
                    min={0}
                    allowDecimal={false}
                    thousandSeparator=" "
                    w={160}
                    {...form.getInputProps(`quotas.${i}.quantity`)}
                    error={err(`quotas.${i}.quantity`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={t('needs.campaigns.removeQuota', { n: i + 1 })}
                    onClick={() => form.removeListItem('quotas', i)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => form.insertListItem('quotas', { networkId: '', quantity: '' })}
            >
              {t('needs.campaigns.addQuota')}
            </Button>
          </Stack>
        </Paper>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to="/campaigns">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('needs.campaigns.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
