import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  listCarriers,
  logisticsKeys,
  markDelivered,
  shipShipment,
  type TShipment,
} from '../../api/logistics';
import { listGrants } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { fieldErrorsOf, logisticsFieldError, useCan } from './logistics-common';

const cents = (euros: string) => {
  const n = Number(euros.replace(',', '.').replace(/\s/g, ''));
  return euros.trim() === '' || !Number.isFinite(n) ? null : Math.round(n * 100);
};

/** Hand a packed shipment to its carrier: carrier, service, tracking numbers, cost and grant. */
export function ShipForm({ shipment: s, onDone }: { shipment: TShipment; onDone: () => void }) {
  const { t } = useTranslation();
  const [carrierId, setCarrierId] = useState<string | null>(null);
  const [service, setService] = useState('');
  const [tracking, setTracking] = useState('');
  const [cost, setCost] = useState('');
  const [grantId, setGrantId] = useState<string | null>(null);
  const carriers = useQuery({ queryKey: logisticsKeys.carriers, queryFn: listCarriers });
  const canGrants = useCan('grant.read');
  const grants = useQuery({
    queryKey: ['logistics', 'grants'],
    queryFn: () => listGrants({ limit: 100 }),
    enabled: canGrants,
  });
  const ship = useMutation({
    mutationFn: () =>
      shipShipment(s.id, {
        carrierId: carrierId ?? '',
        service: service.trim() || null,
        trackingNumbers: tracking
          .split(/[\s,;]+/)
          .map((x) => x.trim())
          .filter(Boolean),
        costCents: cents(cost),
        costGrantId: grantId,
      }),
    onSuccess: () => {
      notifySuccess(t, t('logistics.ship.done'));
      onDone();
    },
  });
  const errors = fieldErrorsOf(ship.error);
  const packed = s.status === 'packed';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-ship">
      <Title order={2} size="h4" id="shipment-ship" mb="sm">
        {t('logistics.ship.title')}
      </Title>
      {!packed && (
        <Text size="sm" mb="sm">
          {t('logistics.ship.notPacked')}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          ship.mutate();
        }}
      >
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
            <Select
              label={t('logistics.ship.carrier')}
              data={(carriers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={carrierId}
              onChange={setCarrierId}
              error={logisticsFieldError(t, errors.carrierId)}
              required
              miw={200}
            />
            <TextInput
              label={t('logistics.ship.service')}
              value={service}
              onChange={(e) => setService(e.currentTarget.value)}
              miw={200}
            />
          </Group>
          <TextInput
            label={t('logistics.ship.trackingNumbers')}
            description={t('logistics.ship.trackingHelp')}
            value={tracking}
            onChange={(e) => setTracking(e.currentTarget.value)}
            error={logisticsFieldError(t, errors.trackingNumbers)}
            required
          />
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput
              label={t('logistics.ship.cost')}
              inputMode="decimal"
              value={cost}
              onChange={(e) => setCost(e.currentTarget.value)}
              error={logisticsFieldError(t, errors.costCents)}
              miw={160}
            />
            {canGrants && (
              <Select
                label={t('logistics.ship.grant')}
                placeholder={t('logistics.ship.noGrant')}
                data={(grants.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
                value={grantId}
                onChange={setGrantId}
                error={logisticsFieldError(t, errors.costGrantId)}
                clearable
                miw={200}
              />
            )}
          </Group>
          <ErrorAlert error={Object.keys(errors).length ? null : ship.error} />
          <Group>
            <Button type="submit" loading={ship.isPending}>
              {t('logistics.ship.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A shipped shipment the carrier did not report: the coordinator marks it delivered. */
export function MarkDelivered({
  shipment: s,
  onDone,
}: {
  shipment: TShipment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mark = useMutation({
    mutationFn: () => markDelivered(s.id),
    onSuccess: () => {
      notifySuccess(t, t('logistics.ship.deliveredDone'));
      onDone();
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="shipment-deliver">
      <Title order={2} size="h4" id="shipment-deliver" mb="sm">
        {t('logistics.ship.inTransit')}
      </Title>
      <Text size="sm" mb="sm">
        {t('logistics.ship.inTransitHelp')}
      </Text>
      <ErrorAlert error={mark.error} />
      <Button variant="light" onClick={() => mark.mutate()} loading={mark.isPending}>
        {t('logistics.ship.markDelivered')}
      </Button>
    </Paper>
  );
}
