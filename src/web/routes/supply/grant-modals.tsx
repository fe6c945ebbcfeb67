import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS } from '../../../shared/inventory';
import { CHARGE_CATEGORIES } from '../../../shared/supply-enums';
import { ApiError } from '../../api/client';
import { listNetworks } from '../../api/organisations';
import {
  addCharge,
  addInstalment,
  createGrant,
  listOrgsOfKind,
  supplyKeys,
  updateGrant,
  type TGrantDetail,
} from '../../api/supply';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { eurosToCents, supplyFieldError, todayIso } from './supply-common';

type TMode = { kind: 'create' } | { kind: 'edit' | 'instalment' | 'charge'; grant: TGrantDetail };

type TValues = Record<string, string>;
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);
const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

function initial(mode: TMode): TValues {
  if (mode.kind === 'instalment') return { amount: '', receivedOn: todayIso(), reference: '' };
  if (mode.kind === 'charge')
    return { amount: '', category: 'logistics', chargedOn: todayIso(), description: '' };
  const g = mode.kind === 'edit' ? mode.grant : null;
  const y = new Date().getFullYear();
  return {
    funderId: g?.funder.id ?? '',
    name: g?.name ?? '',
    reference: g?.reference ?? '',
    pledged: g ? euros(g.figures.pledgedCents) : '',
    startsOn: g?.startsOn ?? `${y}-01-01`,
    endsOn: g?.endsOn ?? `${y}-12-31`,
    networkId: g?.restrictions.network?.id ?? '',
    regionCode: g?.restrictions.regionCode ?? '',
    departementCode: g?.restrictions.departementCode ?? '',
    deviceKind: g?.restrictions.deviceKind ?? '',
    notes: g?.notes ?? '',
  };
}

/** Recording or editing a grant, money received (instalment) or spending charged to it. */
export function GrantModal({ mode, onClose }: { mode: TMode; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState<TValues>(() => initial(mode));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isGrant = mode.kind === 'create' || mode.kind === 'edit';
  const funders = useQuery({
    queryKey: supplyKeys.orgs('funder'),
    queryFn: () => listOrgsOfKind('funder'),
    enabled: isGrant,
  });
  const networks = useQuery({
    queryKey: ['supply', 'networks'],
    queryFn: listNetworks,
    enabled: isGrant,
  });
  const set = (k: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [k]: value }));
  };
  const pick = (k: string) => (value: string | null) => setV((x) => ({ ...x, [k]: value ?? '' }));
  const err = (k: string) => supplyFieldError(t, fields[k]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    setBusy(true);
    try {
      if (mode.kind === 'instalment') {
        await addInstalment(mode.grant.id, {
          amountCents: eurosToCents(v.amount!),
          receivedOn: v.receivedOn!,
          reference: opt(v.reference),
        });
      } else if (mode.kind === 'charge') {
        await addCharge(mode.grant.id, {
          amountCents: eurosToCents(v.amount!),
          category: v.category as never,
          chargedOn: v.chargedOn!,
          description: v.description!,
        });
      } else {
        const input = {
          funderId: v.funderId!,
          name: v.name!,
          reference: opt(v.reference),
          pledgedCents: eurosToCents(v.pledged!),
          startsOn: v.startsOn!,
          endsOn: v.endsOn!,
          restrictions: {
            networkId: orNull(v.networkId),
            regionCode: orNull(v.regionCode),
            departementCode: orNull(v.departementCode),
            deviceKind: orNull(v.deviceKind) as never,
          },
          notes: opt(v.notes),
        };
        if (mode.kind === 'edit') await updateGrant(mode.grant.id, input);
        else await createGrant(input);
      }
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t(`supply.grants.done.${mode.kind}`));
      onClose();
    } catch (x) {
      if (x instanceof ApiError && x.fields.length) {
        const names: Record<string, string> = { amountCents: 'amount', pledgedCents: 'pledged' };
        setFields(
          Object.fromEntries(
            x.fields.map((f) => {
              const last = f.path.split('.').pop() ?? f.path;
              return [names[last] ?? last, f.code];
            }),
          ),
        );
      }
      setError(x);
    } finally {
      setBusy(false);
    }
  }

  const text = (k: string, extra: object = {}) => ({
    label: t(`supply.grants.${k}`),
    value: v[k] ?? '',
    onChange: set(k),
    error: err(k),
    ...extra,
  });
  return (
    <AppModal opened onClose={onClose} title={t(`supply.grants.modal.${mode.kind}`)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {isGrant && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('supply.grants.funder')}
                required
                searchable
                data={(funders.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={v.funderId || null}
                onChange={pick('funderId')}
                error={err('funderId')}
              />
              <TextInput {...text('name', { required: true })} />
              <TextInput {...text('reference')} />
              <TextInput {...text('pledged', { required: true, inputMode: 'decimal' })} />
              <TextInput {...text('startsOn', { required: true, type: 'date' })} />
              <TextInput {...text('endsOn', { required: true, type: 'date' })} />
              <Select
                label={t('supply.grants.networkId')}
                description={t('supply.grants.earmarkHint')}
                clearable
                data={(networks.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                value={v.networkId || null}
                onChange={pick('networkId')}
                error={err('networkId')}
              />
              <Select
                label={t('supply.grants.deviceKind')}
                clearable
                data={DEVICE_KINDS.map((k) => ({ value: k, label: t(`supply.kinds.${k}`) }))}
                value={v.deviceKind || null}
                onChange={pick('deviceKind')}
                error={err('deviceKind')}
              />
              <TextInput {...text('regionCode', { maxLength: 2 })} />
              <TextInput {...text('departementCode', { maxLength: 3 })} />
            </SimpleGrid>
          )}
          {isGrant && <Textarea {...text('notes', { autosize: true, minRows: 2 })} />}
          {!isGrant && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                {...text('amount', { required: true, inputMode: 'decimal' })}
                description={mode.kind === 'charge' ? t('supply.grants.chargeHint') : undefined}
              />
              {mode.kind === 'instalment' ? (
                <>
                  <TextInput {...text('receivedOn', { required: true, type: 'date' })} />
                  <TextInput {...text('reference')} />
                </>
              ) : (
                <>
                  <Select
                    label={t('supply.grants.category')}
                    allowDeselect={false}
                    data={CHARGE_CATEGORIES.map((c) => ({
                      value: c,
                      label: t(`supply.chargeCategories.${c}`),
                    }))}
                    value={v.category ?? null}
                    onChange={pick('category')}
                  />
                  <TextInput {...text('chargedOn', { required: true, type: 'date' })} />
                  <TextInput {...text('description', { required: true })} />
                </>
              )}
            </SimpleGrid>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
