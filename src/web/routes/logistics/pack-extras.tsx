import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PARCEL_KINDS, type TParcelKind } from '../../../shared/logistics';
import { addAccessory, addParcel, logisticsKeys, type TShipment } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { fieldErrorsOf, logisticsFieldError } from './logistics-common';

/** Pallets and boxes (a box may sit in a pallet), and accessories packed with the devices. */
export function PackExtras({ shipment: s }: { shipment: TShipment }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TParcelKind>('box');
  const [parentId, setParentId] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [weight, setWeight] = useState<number | string>('');
  const [itemCode, setItemCode] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
  const parcel = useMutation({
    mutationFn: () =>
      addParcel(s.id, {
        kind,
        parentId: kind === 'box' ? parentId : null,
        label: label.trim() || null,
        weightGrams: typeof weight === 'number' ? Math.round(weight * 1000) : null,
      }),
    onSuccess: () => {
      setLabel('');
      setWeight('');
      notifySuccess(t, t('logistics.pack.parcelAdded'));
      refresh();
    },
  });
  const accessory = useMutation({
    mutationFn: () => addAccessory(s.id, { itemCode: itemCode.trim(), quantity: Number(quantity) }),
    onSuccess: () => {
      setItemCode('');
      setQuantity(1);
      notifySuccess(t, t('logistics.pack.accessoryAdded'));
      refresh();
    },
  });
  const parcelErrors = fieldErrorsOf(parcel.error);
  const accessoryErrors = fieldErrorsOf(accessory.error);
  const pallets = s.parcels.filter((p) => p.kind === 'pallet');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pack-extras">
      <Title order={2} size="h4" id="pack-extras" mb="sm">
        {t('logistics.pack.extrasTitle')}
      </Title>
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            parcel.mutate();
          }}
        >
          <Group align="flex-end" gap="sm">
            <Select
              label={t('logistics.pack.parcelKind')}
              data={PARCEL_KINDS.map((k) => ({ value: k, label: t(`logistics.parcel.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v as TParcelKind | null) ?? 'box')}
              allowDeselect={false}
              w={140}
            />
            {kind === 'box' && pallets.length > 0 && (
              <Select
                label={t('logistics.pack.inPallet')}
                placeholder={t('logistics.pack.noPallet')}
                data={pallets.map((p, i) => ({
                  value: p.id,
                  label: p.label ?? `${t('logistics.parcel.pallet')} ${i + 1}`,
                }))}
                value={parentId}
                onChange={setParentId}
                error={logisticsFieldError(t, parcelErrors.parentId)}
                clearable
                w={180}
              />
            )}
            <TextInput
              label={t('logistics.pack.parcelLabel')}
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
              w={160}
            />
            <NumberInput
              label={t('logistics.pack.weightKg')}
              value={weight}
              onChange={setWeight}
              min={0}
              decimalScale={3}
              decimalSeparator=","
              error={logisticsFieldError(t, parcelErrors.weightGrams)}
              w={120}
            />
            <Button type="submit" variant="light" loading={parcel.isPending}>
              {t('logistics.pack.addParcel')}
            </Button>
          </Group>
          <ErrorAlert error={Object.keys(parcelErrors).length ? null : parcel.error} />
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            accessory.mutate();
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('logistics.pack.itemCode')}
              description={t('logistics.pack.itemCodeHelp')}
              value={itemCode}
              onChange={(e) => setItemCode(e.currentTarget.value)}
              error={logisticsFieldError(t, accessoryErrors.itemId ?? accessoryErrors.itemCode)}
              required
              w={220}
            />
            <NumberInput
              label={t('logistics.pack.quantity')}
              value={quantity}
              onChange={setQuantity}
              min={1}
              allowDecimal={false}
              error={logisticsFieldError(t, accessoryErrors.quantity)}
              w={110}
            />
            <Button type="submit" variant="light" loading={accessory.isPending}>
              {t('logistics.pack.addAccessory')}
            </Button>
          </Group>
          <ErrorAlert error={Object.keys(accessoryErrors).length ? null : accessory.error} />
        </form>
      </Stack>
    </Paper>
  );
}
