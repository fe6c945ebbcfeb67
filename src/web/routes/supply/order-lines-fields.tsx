import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS } from '../../../shared/inventory';
import type { TSpecTier } from '../../api/supply';
import { useFormat } from '../../hooks/use-format';
import { emptyOrderLine, type orderTotals, type TOrderValues } from './order-form-model';
import { supplyFieldError } from './supply-common';

/** The lines of a purchase order (kind, tier, quantity, prices) and the running totals. */
export function OrderLinesFields({
  form,
  tiers,
  totals,
}: {
  form: UseFormReturnType<TOrderValues>;
  tiers: TSpecTier[];
  totals: ReturnType<typeof orderTotals>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const err = (p: string) => supplyFieldError(t, form.errors[p]);
  const field = (p: string) => ({ ...form.getInputProps(p), error: err(p) });
  return (
    <Paper p="lg" component="section" aria-labelledby="po-lines">
      <Title order={2} size="h3" id="po-lines" mb="md">
        {t('supply.orders.lines')}
      </Title>
      <Stack gap="md">
        {form.values.lines.map((l, i) => (
          <Fieldset key={i} legend={t('supply.orders.lineLegend', { n: i + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('supply.line.kind')}
                required
                allowDeselect={false}
                data={DEVICE_KINDS.map((k) => ({ value: k, label: t(`supply.kinds.${k}`) }))}
                {...field(`lines.${i}.kind`)}
              />
              <Select
                label={t('supply.orders.tier')}
                required
                data={tiers
                  .filter((x) => x.kind === l.kind)
                  .map((x) => ({ value: x.id, label: `${x.number} — ${x.name}` }))}
                {...field(`lines.${i}.specTierId`)}
              />
              <NumberInput
                label={t('supply.orders.quantity')}
                required
                min={1}
                {...field(`lines.${i}.quantity`)}
              />
              <TextInput
                label={t('supply.orders.unitPrice')}
                required
                inputMode="decimal"
                {...field(`lines.${i}.unitPrice`)}
              />
              <TextInput
                label={t('supply.orders.vatRate')}
                inputMode="decimal"
                {...field(`lines.${i}.vatRate`)}
              />
              <TextInput
                label={t('supply.orders.description')}
                {...field(`lines.${i}.description`)}
              />
            </SimpleGrid>
            {form.values.lines.length > 1 && (
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  aria-label={t('supply.declare.removeLine', { n: i + 1 })}
                  onClick={() => form.removeListItem('lines', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            )}
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('lines', emptyOrderLine())}
          >
            {t('supply.declare.addLine')}
          </Button>
        </Group>
        <Text size="sm" fw={600} aria-live="polite">
          {totals
            ? t('supply.orders.totals', {
                net: format.currency(totals.netCents),
                vat: format.currency(totals.vatCents),
                gross: format.currency(totals.grossCents),
              })
            : t('supply.orders.totalsPending')}
        </Text>
      </Stack>
    </Paper>
  );
}
