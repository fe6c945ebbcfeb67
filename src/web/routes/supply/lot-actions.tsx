import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  listOrgsOfKind,
  lotTransition,
  supplyKeys,
  type TDonationEvent,
  type TLotDetail,
} from '../../api/supply';
import { ApiError } from '../../api/client';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { supplyFieldError, todayIso } from './supply-common';

/** The lifecycle buttons of a lot page (counting has its own section). */
const BUTTON_EVENTS: TDonationEvent[] = [
  'accept',
  'decline',
  'schedule_pickup',
  'collect',
  'mark_processed',
  'close',
  'cancel',
];
const PATHS: Record<TDonationEvent, string> = {
  accept: 'accept',
  decline: 'decline',
  schedule_pickup: 'schedule-pickup',
  collect: 'collect',
  complete_reception: 'complete-reception',
  mark_processed: 'mark-processed',
  close: 'close',
  cancel: 'cancel',
};
const NEEDS_REASON: TDonationEvent[] = ['decline', 'cancel'];

interface TValues {
  reason: string;
  note: string;
  pickupDate: string;
  timeSlot: string;
  carrier: string;
  workshopId: string | null;
  collectedOn: string;
}

function bodyOf(event: TDonationEvent, v: TValues): object {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  switch (event) {
    case 'decline':
    case 'cancel':
      return { reason: v.reason };
    case 'schedule_pickup':
      return {
        pickupDate: v.pickupDate,
        timeSlot: opt(v.timeSlot),
        carrier: opt(v.carrier),
        workshopId: v.workshopId ?? undefined,
        note: opt(v.note),
      };
    case 'collect':
      return { collectedOn: v.collectedOn || undefined, note: opt(v.note) };
    default:
      return { note: opt(v.note) };
  }
}

/** The modal of one lifecycle event: its fields, the call, translated refusals. */
function EventModal({
  lot,
  event,
  onClose,
}: {
  lot: TLotDetail;
  event: TDonationEvent;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TValues>({
    reason: '',
    note: '',
    pickupDate:
      lot.pickup?.date ?? (lot.availableFrom > todayIso() ? lot.availableFrom : todayIso(1)),
    timeSlot: lot.pickup?.timeSlot ?? '',
    carrier: lot.pickup?.carrier ?? '',
    workshopId: lot.pickup?.workshop?.id ?? null,
    collectedOn: todayIso(),
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const workshops = useQuery({
    queryKey: supplyKeys.orgs('workshop'),
    queryFn: () => listOrgsOfKind('workshop'),
    enabled: event === 'schedule_pickup',
  });
  const set = (k: keyof TValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [k]: value }));
  };
  const err = (k: string) => supplyFieldError(t, fields[k]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    if (NEEDS_REASON.includes(event) && !values.reason.trim()) {
      setFields({ reason: 'required' });
      return;
    }
    setBusy(true);
    try {
      await lotTransition(lot.id, PATHS[event], bodyOf(event, values));
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t(`supply.actions.done.${event}`));
      onClose();
    } catch (x) {
      if (x instanceof ApiError && x.fields.length) {
        setFields(Object.fromEntries(x.fields.map((f) => [f.path.split('.')[0]!, f.code])));
      }
      setError(x);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppModal opened onClose={onClose} title={t(`supply.actions.${event}`)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {NEEDS_REASON.includes(event) && (
            <Textarea
              label={t('supply.actions.reason')}
              description={t('supply.actions.reasonHint')}
              required
              autosize
              minRows={3}
              value={values.reason}
              onChange={set('reason')}
              error={err('reason')}
              data-autofocus
            />
          )}
          {event === 'schedule_pickup' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={t('supply.actions.pickupDate')}
                required
                value={values.pickupDate}
                onChange={set('pickupDate')}
                error={err('pickupDate')}
              />
              <TextInput
                label={t('supply.actions.timeSlot')}
                value={values.timeSlot}
                onChange={set('timeSlot')}
                error={err('timeSlot')}
              />
              <TextInput
                label={t('supply.actions.carrier')}
                description={t('supply.actions.carrierHint')}
                value={values.carrier}
                onChange={set('carrier')}
                error={err('carrier')}
              />
              <Select
                label={t('supply.actions.workshop')}
                clearable
                data={(workshops.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={values.workshopId}
                onChange={(v) => setValues((x) => ({ ...x, workshopId: v }))}
                error={err('workshopId')}
              />
            </SimpleGrid>
          )}
          {event === 'collect' && (
            <TextInput
              type="date"
              label={t('supply.actions.collectedOn')}
              value={values.collectedOn}
              onChange={set('collectedOn')}
              error={err('collectedOn')}
            />
          )}
          {!NEEDS_REASON.includes(event) && (
            <Textarea
              label={t(event === 'accept' ? 'supply.actions.noteToDonor' : 'supply.actions.note')}
              autosize
              minRows={2}
              value={values.note}
              onChange={set('note')}
              error={err('note')}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              color={NEEDS_REASON.includes(event) ? 'red.9' : undefined}
            >
              {t(`supply.actions.${event}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The buttons of the events the actor may trigger now (as the API says). */
export function LotActions({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TDonationEvent | null>(null);
  const events = BUTTON_EVENTS.filter((e) => lot.allowedEvents.includes(e));
  if (!events.length) return null;
  return (
    <>
      <Group gap="sm">
        {events.map((e) => (
          <Button
            key={e}
            variant={NEEDS_REASON.includes(e) ? 'default' : 'filled'}
            color={NEEDS_REASON.includes(e) ? 'red.9' : undefined}
            onClick={() => setOpen(e)}
          >
            {t(`supply.actions.${e}`)}
          </Button>
        ))}
      </Group>
      {open && <EventModal lot={lot} event={open} onClose={() => setOpen(null)} />}
    </>
  );
}
