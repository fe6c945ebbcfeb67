import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  cancelWave,
  confirmWave,
  waveDocumentUrl,
  type TWave,
  type TWaveChangeView,
} from '../../api/allocation';
import { AppModal } from '../../components/common/app-modal';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';

/** What changed since the run, in words. */
export function ChangesAlert({
  changes,
  onRerun,
  rerunning,
}: {
  changes: TWaveChangeView[];
  onRerun: () => void;
  rerunning: boolean;
}) {
  const { t } = useTranslation();
  if (!changes.length) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('allocation.stale.title')}
    >
      <Text size="sm">{t('allocation.stale.intro')}</Text>
      <List size="sm" my="xs">
        {changes.slice(0, 20).map((c) => (
          <List.Item key={`${c.type}${c.key}`}>
            {c.type === 'stock'
              ? t('allocation.stale.stock', {
                  location: c.locationName,
                  kind: t(`needs.kinds.${c.kind}`),
                  tier: c.tier,
                  before: c.before,
                  now: c.now,
                })
              : t('allocation.stale.line', {
                  reference: `D-${String(c.requestNumber ?? 0).padStart(6, '0')}`,
                  structure: c.structureName ?? '',
                  before: c.before,
                  now: c.now,
                })}
          </List.Item>
        ))}
      </List>
      <Button size="xs" onClick={onRerun} loading={rerunning}>
        {t('allocation.stale.rerun')}
      </Button>
    </Alert>
  );
}

/** Downloads, confirm and cancel of a wave. */
export function WaveActions({
  wave,
  dirty,
  onDone,
}: {
  wave: TWave;
  dirty: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const confirm = useMutation({
    mutationFn: () => confirmWave(wave.id),
    onSuccess: (r) => {
      setConfirming(false);
      notifySuccess(t, t('allocation.confirm.done', { count: r.reservedUnits, lines: r.lines }));
      onDone();
    },
    onError: () => {
      setConfirming(false);
      onDone();
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelWave(wave.id, reason.trim() || null),
    onSuccess: (r) => {
      setCancelling(false);
      notifySuccess(t, t('allocation.cancel.done', { count: r.releasedUnits }));
      onDone();
    },
  });
  const canConfirm = wave.status === 'draft' && !wave.whatIf && !dirty && wave.changes.length === 0;
  return (
    <>
      <Group gap="sm">
        <Anchor href={waveDocumentUrl(wave.id, 'problem')} download size="sm">
          {t('allocation.download.problem')}
        </Anchor>
        <Anchor href={waveDocumentUrl(wave.id, 'plan')} download size="sm">
          {t('allocation.download.plan')}
        </Anchor>
        <Anchor component={Link} to="/allocation/new" size="sm">
          {t('allocation.list.new')}
        </Anchor>
      </Group>
      {wave.status === 'draft' && wave.whatIf && (
        <Text size="sm">{t('allocation.whatIf.cannotConfirm')}</Text>
      )}
      {wave.status === 'draft' && dirty && <Text size="sm">{t('allocation.dirty')}</Text>}
      <ErrorAlert error={confirm.error ?? cancel.error} />
      {wave.status !== 'cancelled' && (
        <Group gap="sm">
          {wave.status === 'draft' && (
            <Button disabled={!canConfirm} onClick={() => setConfirming(true)}>
              {t('allocation.confirm.button')}
            </Button>
          )}
          <Button variant="default" color="red.9" onClick={() => setCancelling(true)}>
            {wave.status === 'draft'
              ? t('allocation.cancel.draft')
              : t('allocation.cancel.confirmed')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('allocation.confirm.title', { reference: wave.reference })}
        text={t('allocation.confirm.text', { count: wave.summary.totals.served })}
        confirmLabel={t('allocation.confirm.button')}
        color="blue.9"
        loading={confirm.isPending}
        onConfirm={() => confirm.mutate()}
        onClose={() => setConfirming(false)}
      />
      <AppModal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('allocation.cancel.title', { reference: wave.reference })}
      >
        <Text size="sm">
          {wave.status === 'draft'
            ? t('allocation.cancel.draftText')
            : t('allocation.cancel.confirmedText')}
        </Text>
        <Textarea
          mt="sm"
          label={t('allocation.cancel.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setCancelling(false)}>
            {t('common.close')}
          </Button>
          <Button color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate()}>
            {wave.status === 'draft'
              ? t('allocation.cancel.draft')
              : t('allocation.cancel.confirmed')}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}
