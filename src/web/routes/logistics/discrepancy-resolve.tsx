import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TDiscrepancyKind, TDiscrepancyResolution } from '../../../shared/logistics';
import { resolveDiscrepancy } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { useFormat } from '../../hooks/use-format';
import { fieldErrorsOf, logisticsFieldError } from './logistics-common';

/** The settlements allowed per kind of difference (the server checks the same). */
export const RESOLUTIONS: Record<TDiscrepancyKind, TDiscrepancyResolution[]> = {
  missing: ['resend', 'lost'],
  damaged: ['resend', 'return', 'accept'],
  extra: ['return', 'accept'],
};

/** One discrepancy: what was reported, and the coordinator's settlement when still open. */
export function DiscrepancyCard({
  d,
  shipment,
  canResolve,
  onDone,
}: {
  d: {
    id: string;
    kind: TDiscrepancyKind;
    assetTag: string | null;
    comment: string | null;
    hasPhoto: boolean;
    reportedAt: string;
    resolution?: TDiscrepancyResolution | null;
    resolutionComment?: string | null;
    resendShipmentId?: string | null;
  };
  shipment?: { id: string; reference: string; structureName: string };
  canResolve: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [resolution, setResolution] = useState<TDiscrepancyResolution | null>(null);
  const [comment, setComment] = useState('');
  const resolve = useMutation({
    mutationFn: () => resolveDiscrepancy(d.id, { resolution: resolution!, comment }),
    onSuccess: () => {
      notifySuccess(t, t('logistics.discrepancy.resolved'));
      onDone();
    },
  });
  const errors = fieldErrorsOf(resolve.error);
  const title = t('logistics.discrepancy.title', {
    kind: t(`logistics.discrepancy.kind.${d.kind}`),
    assetTag: d.assetTag ?? '—',
  });
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Text fw={600} size="sm" className="break-anywhere">
            {title}
          </Text>
          {d.resolution ? (
            <Badge color="lagoon.9">{t(`logistics.discrepancy.resolution.${d.resolution}`)}</Badge>
          ) : (
            <Badge color="red.9">{t('logistics.discrepancy.open')}</Badge>
          )}
        </Group>
        {shipment && (
          <Text size="sm">
            <Anchor component={Link} to={`/shipments/${shipment.id}`}>
              {shipment.reference}
            </Anchor>{' '}
            — {shipment.structureName}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('logistics.discrepancy.reportedAt', { at: format.dateTime(d.reportedAt) })}
          {d.hasPhoto ? ` · ${t('logistics.discrepancy.withPhoto')}` : ''}
        </Text>
        {d.comment && (
          <Text size="sm" fs="italic" className="break-anywhere">
            {d.comment}
          </Text>
        )}
        {d.resolutionComment && (
          <Text size="sm" className="break-anywhere">
            {t('logistics.discrepancy.resolutionComment', { comment: d.resolutionComment })}
          </Text>
        )}
        {d.resendShipmentId && (
          <Anchor component={Link} to={`/shipments/${d.resendShipmentId}`} size="sm">
            {t('logistics.discrepancy.resendShipment')}
          </Anchor>
        )}
        {canResolve && !d.resolution && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              resolve.mutate();
            }}
          >
            <Group align="flex-end" gap="sm">
              <Select
                label={t('logistics.discrepancy.settle')}
                data={RESOLUTIONS[d.kind].map((r) => ({
                  value: r,
                  label: t(`logistics.discrepancy.resolution.${r}`),
                }))}
                value={resolution}
                onChange={(v) => setResolution(v as TDiscrepancyResolution | null)}
                error={logisticsFieldError(t, errors.resolution)}
                required
                w={220}
              />
              <TextInput
                label={t('logistics.discrepancy.comment')}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                error={logisticsFieldError(t, errors.comment)}
                required
                style={{ flex: '1 1 12rem' }}
              />
              <Button type="submit" loading={resolve.isPending} disabled={!resolution}>
                {t('logistics.discrepancy.resolve')}
              </Button>
            </Group>
            <ErrorAlert error={Object.keys(errors).length ? null : resolve.error} />
          </form>
        )}
      </Stack>
    </Paper>
  );
}
