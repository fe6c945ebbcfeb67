import { useRef, useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  cancelStockCount,
  confirmStockCount,
  getStockCount,
  scanStockCount,
  type TStockCount,
} from '../../api/stock-counts';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { CameraScanButton, type TScanOutcome } from '../../components/scan/camera-scan-button';
import { ApiError } from '../../lib/api-error';
import { CountDifferences, CountResult, useItemNames } from './count-parts';
import { describeRefusal, WORKSHOP_KEY } from './workshop-common';

/** The answer to one scan, in words (a rescan says so: counting twice changes nothing). */
async function scanAndDescribe(
  t: TFunction,
  count: TStockCount | undefined,
  id: string,
  code: string,
  quantity: number | undefined,
): Promise<{ ok: boolean; message: string }> {
  try {
    const r = await scanStockCount(id, { code, ...(quantity === undefined ? {} : { quantity }) });
    if (r.kind === 'item') {
      return {
        ok: true,
        message: t('workshop.count.itemCounted', { name: r.item.name, quantity: quantity ?? 0 }),
      };
    }
    if (r.kind === 'unknown') {
      return {
        ok: false,
        message: t(r.candidates > 1 ? 'workshop.count.ambiguous' : 'workshop.count.unknown', {
          code,
        }),
      };
    }
    const again = count?.scans.some((s) => s.deviceId === r.device.id);
    const key = again
      ? 'workshop.count.again'
      : r.isExpectedHere
        ? 'workshop.count.present'
        : 'workshop.count.unexpected';
    return { ok: r.isExpectedHere, message: t(key, { assetTag: r.device.assetTag }) };
  } catch (error) {
    if (error instanceof ApiError && error.fields.some((f) => f.code === 'quantity_required')) {
      return { ok: false, message: t('workshop.count.quantityRequired', { code }) };
    }
    return { ok: false, message: describeRefusal(t, error).headline };
  }
}

/** A count in progress: scan, see the differences live, then confirm or cancel. */
export function CountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const key = [...WORKSHOP_KEY, 'count', id];
  const q = useQuery({ queryKey: key, queryFn: () => getStockCount(id) });
  const items = useItemNames();
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState<number | string>('');
  const [last, setLast] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [dialog, setDialog] = useState<'confirm' | 'cancel' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // One scan after another, in the order typed: a USB scanner may send the next code early.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const refresh = () => queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });

  const close = useMutation({
    mutationFn: (what: 'confirm' | 'cancel') =>
      what === 'confirm' ? confirmStockCount(id, reason) : cancelStockCount(id),
    onSuccess: async (_r, what) => {
      setDialog(null);
      await refresh();
      notifySuccess(
        t,
        t(what === 'confirm' ? 'workshop.count.confirmed' : 'workshop.count.cancelled'),
      );
    },
    onError: () => setDialog(null),
  });

  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const count = q.data;
  const isOpen = count.status === 'open';

  /** One code, typed + Enter or read by the camera: queued behind the previous ones. */
  const countCode = (scanned: string): Promise<TScanOutcome> => {
    const qty = typeof quantity === 'number' ? quantity : undefined;
    const result = chain.current.then(async () => {
      setBusy(true);
      const r = await scanAndDescribe(t, queryClient.getQueryData(key), id, scanned, qty);
      setLast(r);
      setBusy(false);
      await refresh();
      return r;
    });
    chain.current = result.then(() => undefined);
    return result;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scanned = code.trim();
    if (!scanned) return;
    setCode('');
    input.current?.focus();
    void countCode(scanned);
  };
  const changes = count.missing.length + count.unexpected.length + count.itemDifferences.length;

  return (
    <>
      <PageHeader
        title={t('workshop.count.title', { location: count.location.name })}
        intro={t('workshop.count.intro')}
        before={
          <Anchor component={Link} to="/stock" size="sm">
            {t('workshop.count.backToStock')}
          </Anchor>
        }
        actions={
          <Badge variant="dot" style={{ textTransform: 'none' }} color={isOpen ? 'blue' : 'gray'}>
            {t(`workshop.count.status.${count.status}`)}
          </Badge>
        }
      />
      <Stack gap="lg">
        {isOpen && (
          <Paper p="md">
            <form onSubmit={submit}>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  ref={input}
                  label={t('workshop.count.code')}
                  description={t('workshop.count.codeHint')}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  autoComplete="off"
                  autoFocus
                  style={{ flex: '1 1 14rem' }}
                />
                <NumberInput
                  label={t('workshop.count.quantity')}
                  description={t('workshop.count.quantityHint')}
                  value={quantity}
                  onChange={setQuantity}
                  min={0}
                  allowDecimal={false}
                  w={140}
                />
                <Group gap="xs" wrap="nowrap">
                  <CameraScanButton onScan={countCode} continuous />
                  <Button
                    type="submit"
                    loading={busy}
                    leftSection={<IconScan size={16} aria-hidden />}
                  >
                    {t('workshop.count.scan')}
                  </Button>
                </Group>
              </Group>
            </form>
          </Paper>
        )}
        <div aria-live="polite" role="status" id="count-result">
          {last && (
            <Text fw={600} c={last.ok ? undefined : 'red.9'}>
              {last.message}
            </Text>
          )}
        </div>
        {close.error && <ErrorAlert error={close.error} />}
        {count.result && <CountResult result={count.result} itemNames={items} />}
        <CountDifferences count={count} itemNames={items} />
        {isOpen && (
          <Paper p="md">
            <Title order={2} size="h3" mb="xs">
              {t('workshop.count.closeTitle')}
            </Title>
            <Text size="sm" mb="sm">
              {changes
                ? t('workshop.count.closeIntro', {
                    lost: count.missing.length,
                    moved: count.unexpected.length,
                    items: count.itemDifferences.length,
                  })
                : t('workshop.count.noDifference')}
            </Text>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setDialog('confirm');
              }}
            >
              <Stack gap="sm">
                <TextInput
                  label={t('workshop.count.reason')}
                  description={t('workshop.count.reasonHint')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  required
                  minLength={3}
                />
                <Group>
                  <Button type="submit">{t('workshop.count.confirm')}</Button>
                  <Button variant="default" color="red" onClick={() => setDialog('cancel')}>
                    {t('workshop.count.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
      <ConfirmDialog
        opened={dialog !== null}
        title={t(
          dialog === 'cancel' ? 'workshop.count.cancelTitle' : 'workshop.count.confirmTitle',
        )}
        text={
          dialog === 'cancel'
            ? t('workshop.count.cancelText')
            : t('workshop.count.confirmText', {
                lost: count.missing.length,
                moved: count.unexpected.length,
                items: count.itemDifferences.length,
              })
        }
        confirmLabel={t(dialog === 'cancel' ? 'workshop.count.cancel' : 'workshop.count.confirm')}
        color={dialog === 'cancel' ? 'red.9' : 'lagoon.9'}
        loading={close.isPending}
        onConfirm={() => dialog && close.mutate(dialog)}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
