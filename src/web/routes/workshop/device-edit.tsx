import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DRIVE_TYPES, type TDriveType } from '../../../shared/inventory';
import {
  addDrive,
  updateDevice,
  updateDrive,
  type TDeviceEdit,
  type TDriveEdit,
} from '../../api/device-edit';
import type { TDevice, TDrive } from '../../api/inventory';
import { AppModal } from '../../components/common/app-modal';
import { useDeviceWrite } from './device-actions';
import { fieldErrorMap, RefusalAlert } from './workshop-common';

const text = (v: string) => (v.trim() ? v.trim() : null);
const num = (v: number | string) => (v === '' ? null : Number(v));
const opt = (v: string) => (v.trim() ? v.trim() : undefined);

/** Editing a device's identity and specs (the change is written to its history). */
export function SpecsForm({ device: d, onClose }: { device: TDevice; onClose: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    serial: d.serial ?? '',
    brand: d.brand ?? '',
    model: d.model ?? '',
    cpu: d.cpu ?? '',
    osName: d.osName ?? '',
    accessories: d.accessories.join(', '),
  });
  const [ram, setRam] = useState<number | string>(d.ramMb ?? '');
  const [storage, setStorage] = useState<number | string>(d.storageGb ?? '');
  const [storageType, setStorageType] = useState<string | null>(d.storageType);
  const [screen, setScreen] = useState<number | string>(d.screenInches ?? '');
  const [battery, setBattery] = useState<number | string>(d.batteryHealthPct ?? '');
  const [reason, setReason] = useState('');
  const write = useDeviceWrite((body: TDeviceEdit) => updateDevice(d.id, body), onClose);
  const errors = fieldErrorMap(t, write.error);
  const field = (key: keyof typeof v, label: string) => (
    <TextInput
      label={label}
      value={v[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setV((s) => ({ ...s, [key]: value }));
      }}
      error={errors[key]}
      miw={150}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      serial: text(v.serial),
      brand: text(v.brand),
      model: text(v.model),
      cpu: text(v.cpu),
      osName: text(v.osName),
      accessories: v.accessories
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      ramMb: num(ram),
      storageGb: num(storage),
      storageType: (storageType as TDriveType | null) ?? null,
      screenInches: num(screen),
      batteryHealthPct: num(battery),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
  };
  return (
    <AppModal opened onClose={onClose} title={t('workshop.edit.specsTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            {field('serial', t('workshop.common.serial'))}
            {field('brand', t('workshop.edit.brand'))}
            {field('model', t('workshop.common.model'))}
          </Group>
          {field('cpu', t('workshop.device.cpu'))}
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <NumberInput
              label={t('workshop.edit.ramMb')}
              value={ram}
              onChange={setRam}
              allowDecimal={false}
              error={errors.ramMb}
              miw={130}
            />
            <NumberInput
              label={t('workshop.edit.storageGb')}
              value={storage}
              onChange={setStorage}
              allowDecimal={false}
              error={errors.storageGb}
              miw={130}
            />
            <Select
              label={t('workshop.edit.storageType')}
              data={DRIVE_TYPES.map((x) => ({ value: x, label: t(`workshop.driveType.${x}`) }))}
              value={storageType}
              onChange={setStorageType}
              clearable
              miw={130}
            />
          </Group>
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <NumberInput
              label={t('workshop.edit.screenInches')}
              value={screen}
              onChange={setScreen}
              decimalScale={1}
              error={errors.screenInches}
              miw={130}
            />
            <NumberInput
              label={t('workshop.edit.batteryPct')}
              value={battery}
              onChange={setBattery}
              allowDecimal={false}
              error={errors.batteryHealthPct}
              miw={130}
            />
            {field('osName', t('workshop.device.os'))}
          </Group>
          {field('accessories', t('workshop.edit.accessories'))}
          <TextInput
            label={t('workshop.common.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {write.error && <RefusalAlert error={write.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('workshop.common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending}>
              {t('workshop.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** Adding a drive, or correcting one before any erasure is recorded on it. */
export function DriveForm({
  device,
  drive,
  onClose,
}: {
  device: TDevice;
  drive: TDrive | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [serial, setSerial] = useState(drive?.serial ?? '');
  const [name, setName] = useState(drive?.name ?? '');
  const [type, setType] = useState<TDriveType>(drive?.type ?? 'ssd');
  const [size, setSize] = useState<number | string>(drive?.sizeGb ?? '');
  const [model, setModel] = useState(drive?.model ?? '');
  const write = useDeviceWrite(
    (body: TDriveEdit) =>
      drive ? updateDrive(device.id, drive.id, body) : addDrive(device.id, body),
    onClose,
  );
  const errors = fieldErrorMap(t, write.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      serial: opt(serial),
      name: opt(name),
      type,
      ...(size === '' ? {} : { sizeGb: Number(size) }),
      model: opt(model),
    });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        drive
          ? t('workshop.edit.driveEditTitle', { drive: drive.label })
          : t('workshop.edit.driveNewTitle')
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('workshop.edit.driveSerial')}
            value={serial}
            onChange={(e) => setSerial(e.currentTarget.value)}
            error={errors.serial}
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <Select
              label={t('workshop.device.driveType')}
              data={DRIVE_TYPES.map((x) => ({ value: x, label: t(`workshop.driveType.${x}`) }))}
              value={type}
              onChange={(x) => x && setType(x as TDriveType)}
              allowDeselect={false}
              error={errors.type}
              miw={140}
            />
            <NumberInput
              label={t('workshop.edit.storageGb')}
              value={size}
              onChange={setSize}
              allowDecimal={false}
              error={errors.sizeGb}
              miw={120}
            />
          </Group>
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <TextInput
              label={t('workshop.edit.driveName')}
              description={t('workshop.edit.driveNameHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              miw={140}
            />
            <TextInput
              label={t('workshop.common.model')}
              value={model}
              onChange={(e) => setModel(e.currentTarget.value)}
              error={errors.model}
              miw={140}
            />
          </Group>
          {write.error && <RefusalAlert error={write.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('workshop.common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending}>
              {t('workshop.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
