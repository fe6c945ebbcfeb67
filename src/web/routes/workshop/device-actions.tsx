import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  moveDevice,
  transitionDevice,
  type TDevice,
  type TDeviceEventName,
} from '../../api/inventory';
import { notifySuccess } from '../../components/common/notify';
import { RefusalAlert, useLocations, WORKSHOP_KEY } from './workshop-common';

/** Events the workshop applies from the device page (allocation and logistics have theirs). */
const WORKSHOP_EVENTS: readonly TDeviceEventName[] = [
  'start_diagnosis',
  'send_to_repair',
  'start_erasure',
  'mark_ready',
  'reopen',
  'harvest',
  'recycle',
  'lose',
  'find',
];
/** Events that need a reason typed first (the API refuses them without one). */
const NEEDS_REASON: readonly TDeviceEventName[] = ['reopen', 'lose', 'return'];

/** A write on the device: refreshes the workshop's data, says it is done, keeps the refusal. */
export function useDeviceWrite<T>(fn: (input: T) => Promise<unknown>, onDone?: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
      notifySuccess(t, t('workshop.device.done'));
      onDone?.();
    },
  });
}

/** The lifecycle buttons allowed from the device's state, with a reason when one is needed. */
export function TransitionActions({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<TDeviceEventName | null>(null);
  const [reason, setReason] = useState('');
  const write = useDeviceWrite(
    (body: { event: TDeviceEventName; reason?: string; recyclerReceiptRef?: string }) =>
      transitionDevice(device.id, body),
    () => {
      setPending(null);
      setReason('');
    },
  );
  const events = device.allowedEvents.filter((e) => WORKSHOP_EVENTS.includes(e));
  const run = (event: TDeviceEventName) => {
    if (NEEDS_REASON.includes(event) || event === 'recycle') {
      write.reset();
      setPending(event);
      return;
    }
    setPending(null);
    write.mutate({ event });
  };
  const confirm = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) return;
    write.mutate(
      pending === 'recycle'
        ? { event: pending, recyclerReceiptRef: reason }
        : { event: pending, reason },
    );
  };
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="sm">
        {t('workshop.device.actions')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm">{t('workshop.device.noActions')}</Text>
      ) : (
        <Group gap="sm">
          {events.map((event) => (
            <Button
              key={event}
              variant={event === 'mark_ready' ? 'filled' : 'default'}
              onClick={() => run(event)}
              loading={write.isPending && write.variables?.event === event}
            >
              {t(`workshop.event.${event}`)}
            </Button>
          ))}
        </Group>
      )}
      {pending && (
        <form onSubmit={confirm}>
          <Group align="flex-end" gap="sm" mt="sm" wrap="wrap">
            <TextInput
              label={
                pending === 'recycle'
                  ? t('workshop.transition.receiptRef')
                  : t('workshop.transition.reasonFor', { event: t(`workshop.event.${pending}`) })
              }
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: '1 1 14rem' }}
              data-autofocus
            />
            <Button type="submit" loading={write.isPending}>
              {t('workshop.transition.confirm')}
            </Button>
            <Button variant="subtle" onClick={() => setPending(null)}>
              {t('workshop.common.cancel')}
            </Button>
          </Group>
        </form>
      )}
      {write.error && (
        <Stack mt="sm">
          <RefusalAlert error={write.error} />
        </Stack>
      )}
    </Paper>
  );
}

/** Moving the device to another location or shelf. */
export function MoveForm({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const locations = useLocations();
  const [to, setTo] = useState<string | null>(null);
  const [shelf, setShelf] = useState('');
  const write = useDeviceWrite(
    (body: { toLocationId: string; shelfCode?: string | null }) => moveDevice(device.id, body),
    () => setShelf(''),
  );
  const target = locations.data?.find((l) => l.id === (to ?? device.locationId));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({ toLocationId: to ?? device.locationId ?? '', shelfCode: shelf || null });
  };
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="sm">
        {t('workshop.move.title')}
      </Title>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="wrap" grow>
          <Select
            label={t('workshop.move.to')}
            data={(locations.data ?? [])
              .filter((l) => l.isActive)
              .map((l) => ({ value: l.id, label: l.name }))}
            value={to ?? device.locationId}
            onChange={setTo}
            allowDeselect={false}
            miw={180}
          />
          {target && target.shelfCodes.length > 0 ? (
            <Select
              label={t('workshop.move.shelf')}
              data={target.shelfCodes}
              value={shelf || null}
              onChange={(v) => setShelf(v ?? '')}
              clearable
              miw={120}
            />
          ) : (
            <TextInput
              label={t('workshop.move.shelf')}
              value={shelf}
              onChange={(e) => setShelf(e.currentTarget.value)}
              miw={120}
            />
          )}
          <Button type="submit" loading={write.isPending} style={{ flexGrow: 0 }}>
            {t('workshop.move.submit')}
          </Button>
        </Group>
      </form>
      {write.error && (
        <Stack mt="sm">
          <RefusalAlert error={write.error} />
        </Stack>
      )}
    </Paper>
  );
}
