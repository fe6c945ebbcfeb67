import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TGrantSummary } from '../../api/supply';
import { useFormat } from '../../hooks/use-format';
import { eurosToCents, supplyFieldError } from './supply-common';

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** The grants paying an order: a grant and its part incl. VAT per row, the rest filled in. */
export function OrderGrantsFields<V extends { grants: { grantId: string; amount: string }[] }>({
  form,
  grants,
  grossCents,
  allocated,
}: {
  form: UseFormReturnType<V>;
  grants: TGrantSummary[];
  grossCents: number | null;
  allocated: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const err = (p: string) => supplyFieldError(t, form.errors[p]);
  const field = (p: string) => ({ ...form.getInputProps(p), error: err(p) });
  const fillRest = (i: number) => {
    if (grossCents === null) return;
    const mine = eurosToCents(form.values.grants[i]!.amount) || 0;
    const rest = euros(Math.max(0, grossCents - allocated + mine));
    form.setFieldValue(`grants.${i}.amount` as never, rest as never);
  };
  return (
    <Paper p="lg" component="section" aria-labelledby="po-grants">
      <Title order={2} size="h3" id="po-grants" mb="xs">
        {t('supply.orders.grants')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('supply.orders.grantsHint')}
      </Text>
      <Stack gap="sm">
        {form.values.grants.map((_g, i) => (
          <SimpleGrid key={i} cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('supply.orders.grant', { n: i + 1 })}
              clearable
              data={grants.map((g) => ({
                value: g.id,
                label: `${g.name} — ${format.currency(g.leftCents)}`,
              }))}
              {...field(`grants.${i}.grantId`)}
            />
            <TextInput
              label={t('supply.orders.amount', { n: i + 1 })}
              inputMode="decimal"
              {...field(`grants.${i}.amount`)}
            />
            <Group align="flex-end">
              {grossCents !== null && (
                <Button variant="default" onClick={() => fillRest(i)}>
                  {t('supply.orders.fillRest')}
                </Button>
              )}
            </Group>
          </SimpleGrid>
        ))}
        {err('grants') && (
          <Text size="sm" c="red.9" role="alert">
            {err('grants')}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('grants', { grantId: '', amount: '' } as never)}
          >
            {t('supply.orders.addGrant')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
