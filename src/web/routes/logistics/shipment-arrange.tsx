import { useState } from 'react';
import { Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPEN_SHIPMENT_STATUSES } from '../../../shared/logistics';
import {
  listShipments,
  logisticsKeys,
  mergeShipments,
  postponeShipment,
  splitShipment,
  type TShipment,
} from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { fieldErrorsOf, logisticsFieldError } from './logistics-common';

/** Coordinators re-arrange an open shipment: postpone it, merge others into it, split units off. */
export function ShipmentArrange({
  shipment: s,
  selectedUnits,
  onDone,
}: {
  shipment: TShipment;
  selectedUnits: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [plannedOn, setPlannedOn] = useState(s.plannedOn ?? '');
  const [reason, setReason] = useState('');
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const siblings = useQuery({
    queryKey: logisticsKeys.shipments({ structureId: s.structure.id, limit: 200 }),
    queryFn: () => listShipments({ structureId: s.structure.id, limit: 200 }),
  });
  const mergeable = (siblings.data?.items ?? []).filter(
    (o) =>
      o.id !== s.id &&
      o.warehouse.id === s.warehouse.id &&
      OPEN_SHIPMENT_STATUSES.includes(o.status),
  );
  const postpone = useMutation({
    mutationFn: () => postponeShipment(s.id, { plannedOn, reason }),
    onSuccess: () => {
      setReason('');
      notifySuccess(t, t('logistics.arrange.postponed'));
      onDone();
    },
  });
  const merge = useMutation({
    mutationFn: () => mergeShipments(s.id, mergeIds),
    onSuccess: () => {
      setMergeIds([]);
      notifySuccess(t, t('logistics.arrange.merged'));
      onDone();
    },
  });
  const split = useMutation({
    mutationFn: () => splitShipment(s.id, selectedUnits),
    onSuccess: (created) => {
      notifySuccess(t, t('logistics.arrange.splitDone'));
      onDone();
      void navigate(`/shipments/${created.id}`);
    },
  });
  const errors = fieldErrorsOf(postpone.error);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-arrange">
      <Title order={2} size="h4" id="shipment-arrange" mb="sm">
        {t('logistics.arrange.title')}
      </Title>
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            postpone.mutate();
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              type="date"
              label={t('logistics.arrange.plannedOn')}
              value={plannedOn}
              onChange={(e) => setPlannedOn(e.currentTarget.value)}
              error={logisticsFieldError(t, errors.plannedOn)}
              required
            />
            <TextInput
              label={t('logistics.arrange.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={logisticsFieldError(t, errors.reason)}
              required
              style={{ flex: '1 1 14rem' }}
            />
            <Button type="submit" variant="light" loading={postpone.isPending}>
              {t('logistics.arrange.postpone')}
            </Button>
          </Group>
          <ErrorAlert error={Object.keys(errors).length ? null : postpone.error} />
        </form>
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label={t('logistics.arrange.mergeLabel')}
            placeholder={mergeable.length ? undefined : t('logistics.arrange.noneToMerge')}
            data={mergeable.map((o) => ({
              value: o.id,
              label: `${o.reference} (${o.units})`,
            }))}
            value={mergeIds}
            onChange={setMergeIds}
            disabled={mergeable.length === 0}
            style={{ flex: '1 1 14rem' }}
          />
          <Button
            variant="light"
            onClick={() => merge.mutate()}
            disabled={mergeIds.length === 0}
            loading={merge.isPending}
          >
            {t('logistics.arrange.merge')}
          </Button>
        </Group>
        <ErrorAlert error={merge.error} />
        <Group gap="sm">
          <Text size="sm">{t('logistics.arrange.splitHelp', { count: selectedUnits.length })}</Text>
          <Button
            variant="light"
            onClick={() => split.mutate()}
            disabled={selectedUnits.length === 0}
            loading={split.isPending}
          >
            {t('logistics.arrange.split')}
          </Button>
        </Group>
        <ErrorAlert error={split.error} />
      </Stack>
    </Paper>
  );
}
