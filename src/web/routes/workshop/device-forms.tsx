import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { METHODS_BY_DRIVE, STANDARDS_BY_METHOD } from '../../../domain/device/erasure';
import {
  ERASURE_RESULTS,
  STEP_RESULTS,
  WORKSHOP_STEPS,
  type TErasureMethod,
  type TErasureResult,
  type TErasureStandard,
  type TStepResult,
  type TWorkshopStep,
} from '../../../shared/inventory';
import {
  recordErasure,
  recordStep,
  type TDevice,
  type TDeviceEventName,
} from '../../api/inventory';
import { useDeviceWrite } from './device-actions';
import { RefusalAlert } from './workshop-common';

/** A date as a `datetime-local` input value, in local time. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const STEP_EVENTS: readonly TDeviceEventName[] = [
  'start_diagnosis',
  'send_to_repair',
  'start_erasure',
  'mark_ready',
];

/** Recording a workshop step (diagnosis, repair, OS install, final check…), then an event. */
export function StepForm({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<TWorkshopStep>(
    device.state === 'repair' ? 'repair' : device.state === 'erasure' ? 'os_install' : 'diagnosis',
  );
  const [result, setResult] = useState<TStepResult>('pass');
  const [minutes, setMinutes] = useState<number | string>('');
  const [notes, setNotes] = useState('');
  const [osName, setOsName] = useState('');
  const [then, setThen] = useState<string>('');
  const write = useDeviceWrite(
    (body: Parameters<typeof recordStep>[1]) => recordStep(device.id, body),
    () => {
      setNotes('');
      setMinutes('');
      setThen('');
    },
  );
  const events = device.allowedEvents.filter((e) => STEP_EVENTS.includes(e));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      step,
      result,
      minutesSpent: typeof minutes === 'number' ? minutes : undefined,
      notes,
      ...(step === 'os_install' ? { osName } : {}),
      ...(then ? { then: then as TDeviceEventName } : {}),
    });
  };
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="sm">
        {t('workshop.stepForm.title')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group gap="sm" grow wrap="wrap">
            <Select
              label={t('workshop.stepForm.kind')}
              data={WORKSHOP_STEPS.filter((s) => s !== 'grading' && s !== 'erasure').map((s) => ({
                value: s,
                label: t(`workshop.step.${s}`),
              }))}
              value={step}
              onChange={(v) => v && setStep(v as TWorkshopStep)}
              allowDeselect={false}
              miw={160}
            />
            <Select
              label={t('workshop.stepForm.result')}
              data={STEP_RESULTS.map((r) => ({ value: r, label: t(`workshop.stepResult.${r}`) }))}
              value={result}
              onChange={(v) => v && setResult(v as TStepResult)}
              allowDeselect={false}
              miw={120}
            />
            <NumberInput
              label={t('workshop.common.minutes')}
              value={minutes}
              onChange={setMinutes}
              min={0}
              max={1440}
              allowDecimal={false}
              miw={120}
            />
          </Group>
          {step === 'os_install' && (
            <TextInput
              label={t('workshop.stepForm.osName')}
              value={osName}
              onChange={(e) => setOsName(e.currentTarget.value)}
            />
          )}
          <TextInput
            label={t('workshop.common.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          <Select
            label={t('workshop.stepForm.then')}
            data={[
              { value: '', label: t('workshop.stepForm.thenNone') },
              ...events.map((ev) => ({ value: ev, label: t(`workshop.event.${ev}`) })),
            ]}
            value={then}
            onChange={(v) => setThen(v ?? '')}
            allowDeselect={false}
          />
          <Group>
            <Button type="submit" loading={write.isPending}>
              {t('workshop.stepForm.record')}
            </Button>
          </Group>
          {write.error && <RefusalAlert error={write.error} />}
        </Stack>
      </form>
    </Paper>
  );
}

/** Recording erasure evidence for one drive: method, standard, tool, times, result. */
export function ErasureForm({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const firstOpen = device.drives.find((d) => !d.isCleared) ?? device.drives[0];
  const [driveId, setDriveId] = useState<string | null>(firstOpen?.id ?? null);
  const drive = device.drives.find((d) => d.id === driveId);
  const methods = drive ? METHODS_BY_DRIVE[drive.type] : [];
  const [method, setMethod] = useState<TErasureMethod | null>(null);
  const chosenMethod = method && methods.includes(method) ? method : (methods[0] ?? null);
  const standards = chosenMethod ? STANDARDS_BY_METHOD[chosenMethod] : [];
  const [standard, setStandard] = useState<TErasureStandard | null>(null);
  const chosenStandard =
    standard && standards.includes(standard) ? standard : (standards.at(-1) ?? null);
  const [tool, setTool] = useState('');
  const [toolVersion, setToolVersion] = useState('');
  const [passes, setPasses] = useState<number | string>('');
  const [startedAt, setStartedAt] = useState(() => localInput(new Date(Date.now() - 45 * 60_000)));
  const [endedAt, setEndedAt] = useState(() => localInput(new Date()));
  const [result, setResult] = useState<TErasureResult>('success');
  const [reportRef, setReportRef] = useState('');
  const write = useDeviceWrite(
    (body: Parameters<typeof recordErasure>[1]) => recordErasure(device.id, body),
    () => {
      const next = device.drives.find((d) => !d.isCleared && d.id !== driveId);
      if (next) setDriveId(next.id);
      setReportRef('');
    },
  );
  if (!device.drives.length) return null;
  const toIso = (v: string) => (v ? new Date(v).toISOString() : '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      driveId: driveId ?? '',
      method: chosenMethod!,
      standard: chosenStandard!,
      tool,
      toolVersion,
      passes: typeof passes === 'number' ? passes : undefined,
      startedAt: toIso(startedAt),
      endedAt: toIso(endedAt),
      result,
      toolReportRef: reportRef,
    });
  };
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="sm">
        {t('workshop.erasure.title')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label={t('workshop.erasure.drive')}
            data={device.drives.map((d) => ({
              value: d.id,
              label: `${d.label} — ${t(`workshop.driveType.${d.type}`)} — ${
                d.isCleared ? t('workshop.device.cleared') : t('workshop.device.notCleared')
              }`,
            }))}
            value={driveId}
            onChange={setDriveId}
            allowDeselect={false}
          />
          <Group gap="sm" grow wrap="wrap">
            <Select
              label={t('workshop.erasure.method')}
              data={methods.map((m) => ({ value: m, label: t(`workshop.method.${m}`) }))}
              value={chosenMethod}
              onChange={(v) => setMethod(v as TErasureMethod)}
              allowDeselect={false}
              miw={180}
            />
            <Select
              label={t('workshop.erasure.standard')}
              data={standards.map((s) => ({ value: s, label: t(`workshop.standard.${s}`) }))}
              value={chosenStandard}
              onChange={(v) => setStandard(v as TErasureStandard)}
              allowDeselect={false}
              miw={180}
            />
          </Group>
          <Group gap="sm" grow wrap="wrap">
            <TextInput
              label={t('workshop.erasure.tool')}
              value={tool}
              onChange={(e) => setTool(e.currentTarget.value)}
              required
              miw={140}
            />
            <TextInput
              label={t('workshop.erasure.toolVersion')}
              value={toolVersion}
              onChange={(e) => setToolVersion(e.currentTarget.value)}
              required={chosenMethod !== 'physical_destruction'}
              miw={100}
            />
            {chosenMethod === 'overwrite' && (
              <NumberInput
                label={t('workshop.erasure.passes')}
                value={passes}
                onChange={setPasses}
                min={1}
                max={35}
                allowDecimal={false}
                miw={100}
              />
            )}
          </Group>
          <Group gap="sm" grow wrap="wrap">
            <TextInput
              type="datetime-local"
              label={t('workshop.erasure.startedAt')}
              value={startedAt}
              onChange={(e) => setStartedAt(e.currentTarget.value)}
              required
              miw={180}
            />
            <TextInput
              type="datetime-local"
              label={t('workshop.erasure.endedAt')}
              value={endedAt}
              onChange={(e) => setEndedAt(e.currentTarget.value)}
              required
              miw={180}
            />
          </Group>
          <Group gap="sm" grow wrap="wrap">
            <Select
              label={t('workshop.erasure.result')}
              data={ERASURE_RESULTS.map((r) => ({
                value: r,
                label: t(`workshop.erasureResult.${r}`),
              }))}
              value={result}
              onChange={(v) => v && setResult(v as TErasureResult)}
              allowDeselect={false}
              miw={140}
            />
            <TextInput
              label={t('workshop.erasure.toolReportRef')}
              value={reportRef}
              onChange={(e) => setReportRef(e.currentTarget.value)}
              miw={160}
            />
          </Group>
          <Group>
            <Button type="submit" loading={write.isPending}>
              {t('workshop.erasure.record')}
            </Button>
          </Group>
          {write.error && <RefusalAlert error={write.error} />}
        </Stack>
      </form>
    </Paper>
  );
}
