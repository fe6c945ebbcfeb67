import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GIFT_FORMS } from '../../../shared/supply-enums';
import { ApiError } from '../../api/client';
import {
  cancelReceipt,
  correctReceipt,
  issueReceipt,
  supplyKeys,
  type TReceipt,
} from '../../api/supply';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { eurosToCents, supplyFieldError } from './supply-common';

type TMode = { kind: 'issue'; lotId: string } | { kind: 'correct' | 'cancel'; receipt: TReceipt };

interface TValues {
  valuation: string;
  giftDate: string;
  donorLegalForm: string;
  form: string | null;
  description: string;
  reason: string;
}

/**
 * Issuing a lot's tax receipt, correcting one (cancelled and re-issued under a new number: an
 * issued receipt is never edited) or cancelling one issued by mistake.
 */
export function ReceiptModal({ mode, onClose }: { mode: TMode; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const r = mode.kind === 'issue' ? null : mode.receipt;
  const [v, setV] = useState<TValues>({
    valuation: r ? (r.valuationCents / 100).toFixed(2).replace('.', ',') : '0',
    giftDate: r?.giftDate ?? '',
    donorLegalForm: '',
    form: r?.form ?? 'declaration_don_manuel',
    description: r?.description ?? '',
    reason: '',
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof TValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [k]: value }));
  };
  const err = (k: string) => supplyFieldError(t, fields[k]);
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    const cents = eurosToCents(v.valuation);
    if (mode.kind !== 'cancel' && !Number.isFinite(cents)) local.valuationCents = 'invalid';
    if (mode.kind !== 'issue' && !v.reason.trim()) local.reason = 'required';
    setFields(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const common = {
        valuationCents: cents,
        giftDate: v.giftDate || undefined,
        donorLegalForm: opt(v.donorLegalForm),
        form: (v.form ?? undefined) as never,
        description: opt(v.description),
      };
      if (mode.kind === 'issue') {
        const issued = await issueReceipt({ lotId: mode.lotId, ...common });
        notifySuccess(t, t('supply.receipts.issued', { number: issued.number }));
      } else if (mode.kind === 'correct') {
        const issued = await correctReceipt(mode.receipt.id, { reason: v.reason, ...common });
        notifySuccess(t, t('supply.receipts.corrected', { number: issued.number }));
      } else {
        await cancelReceipt(mode.receipt.id, v.reason);
        notifySuccess(t, t('supply.receipts.cancelled', { number: mode.receipt.number }));
      }
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      onClose();
    } catch (x) {
      if (x instanceof ApiError && x.fields.length)
        setFields(Object.fromEntries(x.fields.map((f) => [f.path, f.code])));
      setError(x);
    } finally {
      setBusy(false);
    }
  }

  const title =
    mode.kind === 'issue'
      ? t('supply.receipts.issue')
      : t(`supply.receipts.${mode.kind}Title`, { number: mode.receipt.number });
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          {mode.kind !== 'issue' && (
            <Textarea
              label={t('supply.receipts.reason')}
              required
              autosize
              minRows={2}
              value={v.reason}
              onChange={set('reason')}
              error={err('reason')}
            />
          )}
          {mode.kind !== 'cancel' && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('supply.receipts.valuation')}
                  description={t('supply.receipts.valuationHint')}
                  required
                  inputMode="decimal"
                  value={v.valuation}
                  onChange={set('valuation')}
                  error={err('valuationCents')}
                />
                <TextInput
                  type="date"
                  label={t('supply.receipts.giftDate')}
                  description={t('supply.receipts.giftDateHint')}
                  value={v.giftDate}
                  onChange={set('giftDate')}
                  error={err('giftDate')}
                />
                <Select
                  label={t('supply.receipts.form')}
                  allowDeselect={false}
                  data={GIFT_FORMS.map((f) => ({ value: f, label: t(`supply.giftForms.${f}`) }))}
                  value={v.form}
                  onChange={(x) => setV((y) => ({ ...y, form: x }))}
                />
                <TextInput
                  label={t('supply.receipts.legalForm')}
                  description={t('supply.receipts.legalFormHint')}
                  value={v.donorLegalForm}
                  onChange={set('donorLegalForm')}
                  error={err('donorLegalForm')}
                />
              </SimpleGrid>
              <Textarea
                label={t('supply.receipts.description')}
                description={t('supply.receipts.descriptionHint')}
                autosize
                minRows={2}
                value={v.description}
                onChange={set('description')}
                error={err('description')}
              />
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              color={mode.kind === 'cancel' ? 'red.9' : undefined}
            >
              {mode.kind === 'issue'
                ? t('supply.receipts.issueSubmit')
                : t(`supply.receipts.${mode.kind}Submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
