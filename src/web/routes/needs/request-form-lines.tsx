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
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS, type TNeedKind } from '../../../shared/needs-enums';
import type { TCampaign } from '../../api/needs';
import { needsFieldError } from './needs-common';
import { emptyLine, isTiered, type TValues } from './request-form-model';

/** The request's lines: kind, quantity, minimum tier, the beneficiaries each one equips. */
export function RequestLinesFields({
  form,
  campaign,
  beneficiaryOptions,
}: {
  form: UseFormReturnType<TValues>;
  campaign: TCampaign | undefined;
  beneficiaryOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  const kinds: TNeedKind[] = campaign?.offeredKinds ?? [];
  const option = (group: string) => (v: string) => ({ value: v, label: t(`needs.${group}.${v}`) });
  return (
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
  );
}
