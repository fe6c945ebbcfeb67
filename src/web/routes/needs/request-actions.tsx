import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withdrawRequest, type TRequestDetail } from '../../api/needs';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';

/** The structure may change its request's content only in these states. */
export const isEditable = (r: TRequestDetail) =>
  r.status === 'draft' || r.status === 'needs_information';

/**
 * What the structure can do with its request, as the API allows: edit a draft or answer a
 * question (then check and send again), or withdraw it before anything is shipped.
 */
export function RequestActions({ request: r }: { request: TRequestDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [note, setNote] = useState('');
  const withdraw = useMutation({
    mutationFn: () => withdrawRequest(r.id, note.trim() || null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['needs', 'requests'] });
      notifySuccess(t, t('needs.requestActions.withdrawn', { reference: r.reference }));
      setWithdrawing(false);
    },
  });
  const canWithdraw = r.allowedEvents.includes('withdraw');
  if (!isEditable(r) && !canWithdraw) return null;
  return (
    <Group gap="sm">
      {isEditable(r) && (
        <Button
          component={Link}
          to={`/requests/${r.id}/edit`}
          variant={r.status === 'needs_information' ? 'filled' : 'light'}
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          {t(
            r.status === 'needs_information'
              ? 'needs.requestActions.answer'
              : 'needs.requestActions.edit',
          )}
        </Button>
      )}
      {r.allowedEvents.includes('submit') && (
        <Button
          component={Link}
          to={`/requests/${r.id}/confirm`}
          variant={r.status === 'needs_information' ? 'light' : 'filled'}
          leftSection={<IconSend size={16} aria-hidden />}
        >
          {t('needs.request.checkAndSubmit')}
        </Button>
      )}
      {canWithdraw && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => setWithdrawing(true)}
        >
          {t('needs.requestActions.withdraw')}
        </Button>
      )}
      <AppModal
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
        title={t('needs.requestActions.withdrawTitle', { reference: r.reference })}
      >
        <Stack gap="sm">
          <Text size="sm">{t('needs.requestActions.withdrawText')}</Text>
          <ErrorAlert error={withdraw.error} />
          <Textarea
            label={t('needs.requestActions.withdrawNote')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setWithdrawing(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {t('needs.requestActions.confirmWithdraw')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Group>
  );
}
