import { useState } from 'react';
import { Button, CloseButton, Group, List, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WAVE_KINDS, WAVE_LIMITS, type TWaveKind } from '../../../shared/allocation';
import type { THypotheticalStockInput } from '../../../shared/schemas/allocation';
import { useFormat } from '../../hooks/use-format';
import { useDepartementOptions } from '../../hooks/use-reference-data';

/** Hypothetical stock of a what-if run: add lines ("5,000 laptops at Lyon"), remove them. */
export function WhatIfForm({
  lines,
  locations,
  onChange,
}: {
  lines: THypotheticalStockInput[];
  locations: { id: string; name: string }[];
  onChange: (lines: THypotheticalStockInput[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const departements = useDepartementOptions();
  const [place, setPlace] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('laptop');
  const [tier, setTier] = useState<number | string>(1);
  const [quantity, setQuantity] = useState<number | string>(100);
  const placeName = (l: THypotheticalStockInput) =>
    l.locationId
      ? (locations.find((x) => x.id === l.locationId)?.name ?? '')
      : t('allocation.whatIf.place', { departement: l.departementCode });
  const valid =
    !!place &&
    !!kind &&
    Number(quantity) >= 1 &&
    Number(quantity) <= WAVE_LIMITS.maxHypotheticalQuantity;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('allocation.whatIf.help')}</Text>
      {lines.length > 0 && (
        <List spacing="xs">
          {lines.map((l, i) => (
            <List.Item key={i}>
              <Group gap="xs">
                <Text size="sm">
                  {t('allocation.whatIf.line', {
                    n: format.number(l.quantity),
                    kind: t(`needs.kinds.${l.kind}`),
                    tier: l.tier,
                    place: placeName(l),
                  })}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('allocation.whatIf.remove')}
                  onClick={() => onChange(lines.filter((_, k) => k !== i))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group align="flex-end" gap="sm">
        <Select
          label={t('allocation.whatIf.where')}
          data={[
            {
              group: t('allocation.whatIf.warehouses'),
              items: locations.map((l) => ({ value: `loc:${l.id}`, label: l.name })),
            },
            {
              group: t('allocation.whatIf.departements'),
              items: departements.map((d) => ({ value: `dep:${d.value}`, label: d.label })),
            },
          ]}
          value={place}
          onChange={setPlace}
          searchable
          w={260}
        />
        <Select
          label={t('allocation.whatIf.kind')}
          data={WAVE_KINDS.map((k) => ({ value: k, label: t(`needs.kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          w={200}
        />
        <NumberInput
          label={t('allocation.whatIf.tier')}
          value={tier}
          onChange={setTier}
          min={0}
          max={9}
          w={110}
        />
        <NumberInput
          label={t('allocation.whatIf.quantity')}
          value={quantity}
          onChange={setQuantity}
          min={1}
          max={WAVE_LIMITS.maxHypotheticalQuantity}
          thousandSeparator=" "
          w={140}
        />
        <Button
          variant="default"
          disabled={!valid}
          onClick={() => {
            const [type, value] = place!.split(/:(.*)/s) as [string, string];
            onChange([
              ...lines,
              {
                ...(type === 'loc' ? { locationId: value } : { departementCode: value }),
                kind: kind as TWaveKind,
                tier: Number(tier),
                quantity: Number(quantity),
              },
            ]);
          }}
        >
          {t('allocation.whatIf.add')}
        </Button>
      </Group>
    </Stack>
  );
}
