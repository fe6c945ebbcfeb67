import { useState, type ChangeEvent } from 'react';
import { Alert, Button, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  attachSnapshot,
  listUnmatchedSnapshots,
  uploadSnapshot,
  type TProbeOutcome,
} from '../../api/device-edit';
import type { TDevice } from '../../api/inventory';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { RefusalAlert, WORKSHOP_KEY } from './workshop-common';

/** The device page's label of each field a snapshot may set. */
const FIELD_LABELS: Record<string, string> = {
  cpu: 'workshop.device.cpu',
  ramMb: 'workshop.device.ram',
  storageGb: 'workshop.device.storage',
  storageType: 'workshop.edit.storageType',
  batteryHealthPct: 'workshop.device.battery',
  screenInches: 'workshop.device.screen',
  serial: 'workshop.common.serial',
  brand: 'workshop.edit.brand',
  model: 'workshop.common.model',
  osName: 'workshop.device.os',
};

/** What became of a snapshot, for this device. */
function outcomeText(t: TFunction, deviceId: string, o: TProbeOutcome): string {
  if (o.device && o.device.id !== deviceId) {
    return t('workshop.probe.otherDevice', { assetTag: o.device.assetTag });
  }
  return o.fields.length
    ? t('workshop.probe.filled', {
        fields: o.fields.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(', '),
        drives: o.drivesAdded.length,
      })
    : t('workshop.probe.nothingNew', { drives: o.drivesAdded.length });
}

/**
 * Specs captured by `passerelle probe` on the machine: upload its file here (matched by serial,
 * or attached to this device when no serial matches), or attach a snapshot that came in
 * with a workshop token and is waiting unmatched.
 */
export function ProbePanel({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<string | null>(null);
  const waiting = useQuery({
    queryKey: [...WORKSHOP_KEY, 'snapshots', 'unmatched'],
    queryFn: listUnmatchedSnapshots,
  });
  const done = async (o: TProbeOutcome) => {
    setOutcome(outcomeText(t, device.id, o));
    await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
  };
  const upload = useMutation({
    mutationFn: async (text: string) => {
      const o = await uploadSnapshot(text);
      return o.status === 'unmatched' ? attachSnapshot(o.id, device.id) : o;
    },
    onSuccess: done,
  });
  const attach = useMutation({
    mutationFn: (id: string) => attachSnapshot(id, device.id),
    onSuccess: done,
  });
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    attach.reset();
    upload.mutate(await file.text());
    input.value = '';
  };
  const error = upload.error ?? attach.error;
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="xs">
        {t('workshop.probe.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('workshop.probe.intro')}</Text>
        <Code block>passerelle probe --out snapshot.json</Code>
        <div>
          <Text component="label" htmlFor="probe-file" size="sm" fw={500}>
            {t('workshop.probe.file')}
          </Text>
          <input
            id="probe-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e)}
            disabled={upload.isPending}
            style={{ display: 'block', maxWidth: '100%' }}
          />
        </div>
        <div role="status" aria-live="polite">
          {outcome && (
            <Alert color="green" variant="light">
              <Text size="sm">{outcome}</Text>
            </Alert>
          )}
        </div>
        {error && <RefusalAlert error={error} />}
        {(waiting.data?.length ?? 0) > 0 && (
          <ScrollTable minWidth={480} label={t('workshop.probe.waiting')}>
            <Table>
              <Table.Caption>{t('workshop.probe.waiting')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workshop.probe.received')}</Table.Th>
                  <Table.Th>{t('workshop.probe.serials')}</Table.Th>
                  <Table.Th>{t('workshop.locations.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {waiting.data!.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{format.dateTime(s.receivedAt)}</Table.Td>
                    <Table.Td ff="monospace" className="break-anywhere">
                      {[s.systemSerial, ...s.driveSerials].filter(Boolean).join(', ') || '—'}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        loading={attach.isPending && attach.variables === s.id}
                        onClick={() => {
                          upload.reset();
                          attach.mutate(s.id);
                        }}
                      >
                        {t('workshop.probe.attach')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
