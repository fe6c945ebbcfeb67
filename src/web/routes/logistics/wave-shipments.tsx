import { Anchor, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { generateShipments, listShipments, logisticsKeys } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { ShipmentStatusBadge, useCan } from './logistics-common';

/** On a confirmed wave: make its shipments (again adds nothing) and list them. */
export function WaveShipments({ waveId, status }: { waveId: string; status: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canManage = useCan('shipment.manage');
  const enabled = status === 'confirmed' && canManage;
  const list = useQuery({
    queryKey: logisticsKeys.shipments({ waveId, limit: 200 }),
    queryFn: () => listShipments({ waveId, limit: 200 }),
    enabled,
  });
  const generate = useMutation({
    mutationFn: () => generateShipments(waveId),
    onSuccess: (r) => {
      notifySuccess(t, t('logistics.wave.generated', { count: r.created.length }));
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
    },
  });
  if (!enabled) return null;
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="wave-shipments">
      <Title order={2} size="h4" id="wave-shipments" mb="xs">
        {t('logistics.wave.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" mb="sm">
          {t('logistics.wave.none')}
        </Text>
      ) : (
        <List size="sm" mb="sm" spacing={4}>
          {items.map((s) => (
            <List.Item key={s.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/shipments/${s.id}`}>
                  {s.reference}
                </Anchor>
                <ShipmentStatusBadge status={s.status} />
                <Text size="sm" span>
                  {s.structure.name} · {s.warehouse.name} ·{' '}
                  {t('logistics.wave.units', { count: s.units })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ErrorAlert error={generate.error} />
      <Button
        onClick={() => generate.mutate()}
        loading={generate.isPending}
        leftSection={<IconTruckDelivery size={16} aria-hidden />}
      >
        {t('logistics.wave.generate')}
      </Button>
    </Paper>
  );
}
