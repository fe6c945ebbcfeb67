import { useRef, useState, type FormEvent } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  listDevices,
  lookupDevice,
  receiveExpectedDevice,
  type TDeviceSummary,
} from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { ScrollTable } from '../../components/common/scroll-table';
import { CameraScanButton, type TScanOutcome } from '../../components/scan/camera-scan-button';
import { ApiError } from '../../lib/api-error';
import { deviceName, describeRefusal, useLocations, WORKSHOP_KEY } from './workshop-common';

/** One scan of the session and what came of it. */
interface TScan {
  key: number;
  code: string;
  ok: boolean;
  message: string;
  device?: { id: string; assetTag: string };
}

/** Receives the expected device a code names, or says why not (one request per scan). */
async function receiveByCode(t: TFunction, locationId: string, code: string) {
  let matches: { device: TDeviceSummary }[];
  try {
    matches = (await lookupDevice(code)).matches;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') {
      return { ok: false, message: t('workshop.reception.unknown', { code }) };
    }
    throw error;
  }
  const expected = matches.filter((m) => m.device.state === 'expected');
  if (expected.length > 1) {
    return { ok: false, message: t('workshop.reception.ambiguous', { code }) };
  }
  if (!expected.length) {
    const d = matches[0]!.device;
    return {
      ok: false,
      device: d,
      message: t('workshop.reception.alreadyReceived', {
        code,
        assetTag: d.assetTag,
        state: t(`workshop.state.${d.state}`),
      }),
    };
  }
  const target = expected[0]!.device;
  try {
    const res = await receiveExpectedDevice(locationId, target.id);
    const d = res.devices[0]!;
    return {
      ok: true,
      device: d,
      message: t('workshop.reception.received', { assetTag: d.assetTag, model: deviceName(t, d) }),
    };
  } catch (error) {
    // Received by someone else between the look-up and now: same answer as a second scan.
    if (error instanceof ApiError && error.fields.some((f) => f.code === 'not_expected')) {
      return {
        ok: false,
        device: target,
        message: t('workshop.reception.alreadyReceived', {
          code,
          assetTag: target.assetTag,
          state: t('workshop.state.received'),
        }),
      };
    }
    return { ok: false, device: target, message: describeRefusal(t, error).headline };
  }
}

/** Reception at a location by scanning the codes of expected devices, one request each. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [chosenLocation, setLocationId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [scans, setScans] = useState<TScan[]>([]);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const seq = useRef(0);

  const active = (locations.data ?? []).filter((l) => l.isActive);
  const defaultLocation = (active.find((l) => l.kind === 'warehouse') ?? active[0])?.id ?? null;
  const locationId = chosenLocation ?? defaultLocation;

  const expected = useQuery({
    queryKey: [...WORKSHOP_KEY, 'expected', locationId],
    queryFn: () => listDevices({ state: 'expected', locationId, limit: 100 }),
    enabled: !!locationId,
  });

  // Scans are handled one after another, in the order they came: a USB scanner may type the
  // next code before the previous answer is back.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const handle = async (target: string, scanned: string): Promise<TScanOutcome> => {
    setBusy(true);
    try {
      const result = await receiveByCode(t, target, scanned);
      setScans((s) => [{ key: ++seq.current, code: scanned, ...result }, ...s]);
      if (result.ok) void queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
      return result;
    } catch (err) {
      setError(err);
      return { ok: false, message: describeRefusal(t, err).headline };
    } finally {
      setBusy(false);
    }
  };
  /** One code, typed + Enter or read by the camera: queued behind the previous ones. */
  const receiveCode = (scanned: string): Promise<TScanOutcome> => {
    if (!locationId) {
      const message = t('workshop.reception.chooseLocationFirst');
      setError(new Error(message));
      return Promise.resolve({ ok: false, message });
    }
    setError(null);
    const target = locationId;
    const result = chain.current.then(() => handle(target, scanned));
    chain.current = result.then(() => undefined);
    return result;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scanned = code.trim();
    if (!scanned) return;
    if (locationId) {
      setCode('');
      input.current?.focus();
    }
    void receiveCode(scanned);
  };

  const received = scans.filter((s) => s.ok).length;
  const last = scans[0];
  return (
    <>
      <PageHeader title={t('workshop.reception.title')} intro={t('workshop.reception.intro')} />
      <Stack gap="lg">
        <Paper p="md">
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Select
                label={t('workshop.reception.location')}
                data={active.map((l) => ({ value: l.id, label: l.name }))}
                value={locationId}
                onChange={setLocationId}
                allowDeselect={false}
                required
              />
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  ref={input}
                  label={t('workshop.reception.code')}
                  description={t('workshop.reception.codeHint')}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  autoComplete="off"
                  autoFocus
                  style={{ flex: '1 1 14rem' }}
                />
                <Group gap="xs" wrap="nowrap">
                  <CameraScanButton onScan={receiveCode} continuous />
                  <Button
                    type="submit"
                    loading={busy}
                    leftSection={<IconScan size={16} aria-hidden />}
                  >
                    {t('workshop.reception.submit')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </form>
        </Paper>
        <div aria-live="polite" role="status" id="reception-result">
          {last && (
            <Text fw={600} c={last.ok ? 'green.9' : 'red.9'}>
              {last.message}
            </Text>
          )}
        </div>
        {error instanceof ApiError ? (
          <ErrorAlert error={error} />
        ) : error ? (
          <Text c="red.9" role="alert">
            {(error as Error).message}
          </Text>
        ) : null}
        <ScanList scans={scans} received={received} />
        <ExpectedList items={expected.data?.items} total={expected.data?.total} />
      </Stack>
    </>
  );
}

function ScanList({ scans, received }: { scans: TScan[]; received: number }) {
  const { t } = useTranslation();
  return (
    <Paper p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3">
          {t('workshop.reception.listTitle')}
        </Title>
        <Text size="sm">
          {t('workshop.reception.counts', { received, refused: scans.length - received })}
        </Text>
      </Group>
      {scans.length === 0 ? (
        <Text size="sm">{t('workshop.reception.listEmpty')}</Text>
      ) : (
        <ScrollTable minWidth={560} label={t('workshop.reception.listTitle')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshop.reception.code_col')}</Table.Th>
                <Table.Th>{t('workshop.reception.result_col')}</Table.Th>
                <Table.Th>{t('workshop.reception.device_col')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {scans.map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Td ff="monospace">{s.code}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="dot"
                      style={{ textTransform: 'none' }}
                      color={s.ok ? 'green' : 'red'}
                    >
                      {s.ok
                        ? t('workshop.reception.resultOk')
                        : t('workshop.reception.resultRefused')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {s.device && (
                        <Anchor component={Link} to={`/devices/${s.device.id}`} ff="monospace">
                          {s.device.assetTag}
                        </Anchor>
                      )}
                      <Text size="sm">{s.message}</Text>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

function ExpectedList({ items, total }: { items?: TDeviceSummary[]; total?: number }) {
  const { t } = useTranslation();
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="xs">
        {t('workshop.reception.expectedTitle')}
      </Title>
      {!items?.length ? (
        <Text size="sm">{t('workshop.reception.expectedEmpty')}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('workshop.reception.expectedCount', { count: total ?? items.length })}
          </Text>
          <ScrollTable minWidth={520} label={t('workshop.reception.expectedTitle')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workshop.common.assetTag')}</Table.Th>
                  <Table.Th>{t('workshop.common.serial')}</Table.Th>
                  <Table.Th>{t('workshop.common.model')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td ff="monospace">{d.assetTag}</Table.Td>
                    <Table.Td ff="monospace">{d.serial ?? '—'}</Table.Td>
                    <Table.Td>{deviceName(t, d)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
    </Paper>
  );
}
