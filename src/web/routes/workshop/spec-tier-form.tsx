import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS, type TDeviceKind } from '../../../shared/inventory';
import type { TSpecTierInput } from '../../../shared/schemas/stock';
import { createSpecTier, updateSpecTier, type TSpecTier } from '../../api/inventory-admin';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { fieldErrorMap, needsAlert, WORKSHOP_KEY } from './workshop-common';

const FIELDS = [
  'number',
  'name',
  'kind',
  'minRamMb',
  'minStorageGb',
  'storageType',
  'minBatteryPct',
  'minScreenInches',
];
const orNull = (v: number | string) => (v === '' ? null : Number(v));

/** Creating a spec tier, or editing one (which writes its next version and keeps the old). */
export function SpecTierForm({ tier, onClose }: { tier: TSpecTier | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [number, setNumber] = useState<number | string>(tier?.number ?? '');
  const [name, setName] = useState(tier?.name ?? '');
  const [kind, setKind] = useState<TDeviceKind>(tier?.kind ?? 'laptop');
  const [ram, setRam] = useState<number | string>(tier?.minRamMb ?? '');
  const [storage, setStorage] = useState<number | string>(tier?.minStorageGb ?? '');
  const [storageType, setStorageType] = useState<'ssd' | 'any'>(tier?.storageType ?? 'any');
  const [battery, setBattery] = useState<number | string>(tier?.minBatteryPct ?? '');
  const [screen, setScreen] = useState<number | string>(tier?.minScreenInches ?? '');
  const save = useMutation({
    mutationFn: (body: TSpecTierInput) =>
      tier ? updateSpecTier(tier.id, body) : createSpecTier(body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
      notifySuccess(t, t('workshop.tiers.saved', { name: saved.name, version: saved.version }));
      onClose();
    },
  });
  const errors = fieldErrorMap(t, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      number: number === '' ? NaN : Number(number),
      name,
      kind,
      minRamMb: orNull(ram),
      minStorageGb: orNull(storage),
      storageType,
      minBatteryPct: orNull(battery),
      minScreenInches: orNull(screen),
    });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        tier
          ? t('workshop.tiers.editTitle', { number: tier.number, name: tier.name })
          : t('workshop.tiers.newTitle')
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {tier && (
            <Text size="sm">{t('workshop.tiers.versionNote', { version: tier.version + 1 })}</Text>
          )}
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <Select
              label={t('workshop.common.kind')}
              data={DEVICE_KINDS.map((k) => ({ value: k, label: t(`workshop.kind.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as TDeviceKind)}
              allowDeselect={false}
              disabled={!!tier}
              error={errors.kind}
              miw={150}
            />
            <NumberInput
              label={t('workshop.tiers.number')}
              value={number}
              onChange={setNumber}
              min={1}
              max={20}
              allowDecimal={false}
              required
              disabled={!!tier}
              error={errors.number}
              miw={100}
            />
          </Group>
          <TextInput
            label={t('workshop.tiers.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <NumberInput
              label={t('workshop.tiers.minRam')}
              value={ram}
              onChange={setRam}
              min={0}
              allowDecimal={false}
              error={errors.minRamMb}
              miw={130}
            />
            <NumberInput
              label={t('workshop.tiers.minStorage')}
              value={storage}
              onChange={setStorage}
              min={0}
              allowDecimal={false}
              error={errors.minStorageGb}
              miw={130}
            />
            <Select
              label={t('workshop.tiers.storageType')}
              data={[
                { value: 'any', label: t('workshop.tiers.storageAny') },
                { value: 'ssd', label: t('workshop.tiers.storageSsd') },
              ]}
              value={storageType}
              onChange={(v) => v && setStorageType(v as 'ssd' | 'any')}
              allowDeselect={false}
              miw={130}
            />
          </Group>
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <NumberInput
              label={t('workshop.tiers.minBattery')}
              value={battery}
              onChange={setBattery}
              min={0}
              max={100}
              allowDecimal={false}
              error={errors.minBatteryPct}
              miw={130}
            />
            <NumberInput
              label={t('workshop.tiers.minScreen')}
              value={screen}
              onChange={setScreen}
              min={0}
              decimalScale={1}
              error={errors.minScreenInches}
              miw={130}
            />
          </Group>
          {needsAlert(save.error, FIELDS) && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('workshop.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('workshop.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
