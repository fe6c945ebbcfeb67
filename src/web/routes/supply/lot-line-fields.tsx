import {
  ActionIcon,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS } from '../../../shared/inventory';
import { DEVICE_CONDITIONS, DRIVES_PRESENCE } from '../../../shared/supply-enums';
import { supplyFieldError } from './supply-common';

/** One line of a lot as typed in the form. */
export interface TLotLineValues {
  kind: string;
  count: number | string;
  brand: string;
  model: string;
  ageYears: number | string;
  condition: string;
  drives: string;
  assetTags: string;
  notes: string;
}

export const emptyLotLine = (): TLotLineValues => ({
  kind: 'laptop',
  count: 1,
  brand: '',
  model: '',
  ageYears: '',
  condition: 'working',
  drives: 'unknown',
  assetTags: '',
  notes: '',
});

/**
 * The fields of one line of the declaration (a kind, a count, what the donor knows);
 * `compact` stacks them in one column (the narrow card of the public form).
 */
export function LotLineFields<V extends { lines: TLotLineValues[] }>({
  form,
  index,
  canRemove,
  compact = false,
}: {
  form: UseFormReturnType<V>;
  index: number;
  canRemove: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const p = (f: string) => `lines.${index}.${f}`;
  const err = (f: string) => supplyFieldError(t, form.errors[p(f)]);
  const input = (f: string) => ({ ...form.getInputProps(p(f)), error: err(f) });
  const options = (group: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`supply.${group}.${v}`) }));
  const legend = t('supply.declare.lineLegend', { n: index + 1 });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={compact ? 1 : { base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('supply.line.kind')}
          required
          allowDeselect={false}
          data={options('kinds', DEVICE_KINDS)}
          {...input('kind')}
        />
        <NumberInput label={t('supply.line.count')} required min={1} {...input('count')} />
        <NumberInput
          label={t('supply.line.ageYears')}
          description={t('supply.line.ageHint')}
          required
          min={0}
          {...input('ageYears')}
        />
        <TextInput label={t('supply.line.brand')} {...input('brand')} />
        <TextInput label={t('supply.line.model')} {...input('model')} />
        <Select
          label={t('supply.line.condition')}
          allowDeselect={false}
          data={options('conditions', DEVICE_CONDITIONS)}
          {...input('condition')}
        />
        <Select
          label={t('supply.line.drives')}
          allowDeselect={false}
          data={options('drives', DRIVES_PRESENCE)}
          {...input('drives')}
        />
      </SimpleGrid>
      <SimpleGrid cols={compact ? 1 : { base: 1, sm: 2 }} spacing="sm" mt="sm">
        <Textarea
          label={t('supply.line.assetTags')}
          description={t('supply.line.assetTagsHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...input('assetTags')}
        />
        <Textarea label={t('supply.line.notes')} autosize minRows={2} {...input('notes')} />
      </SimpleGrid>
      {canRemove && (
        <Group justify="flex-end" mt="sm">
          <ActionIcon
            variant="subtle"
            color="red.9"
            aria-label={t('supply.declare.removeLine', { n: index + 1 })}
            onClick={() => form.removeListItem('lines', index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      )}
    </Fieldset>
  );
}

/** A line as the API wants it. */
export function lotLineInput(l: TLotLineValues) {
  const num = (v: number | string) => (v === '' ? NaN : Number(v));
  return {
    kind: l.kind as never,
    count: num(l.count),
    brand: l.brand.trim() || undefined,
    model: l.model.trim() || undefined,
    ageYears: num(l.ageYears),
    condition: l.condition as never,
    drives: l.drives as never,
    assetTags: l.assetTags
      .split(/[\n,;]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    notes: l.notes.trim() || undefined,
  };
}
