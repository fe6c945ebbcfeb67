import { useRef, useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getShipment, logisticsKeys, scanUnit, type TScanResult } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { CameraScanButton, type TScanOutcome } from '../../components/scan/camera-scan-button';
import { errorMessageKey } from '../../lib/api-error';
import { scanRefusal } from './logistics-common';
import { PackExtras } from './pack-extras';
import { ShipmentPackages, ShipmentUnits } from './shipment-parts';

type TLogLine = { id: number; code: string; ok: boolean; text: string };

/**
 * Packing by scanning: a keyboard-wedge scanner types the code and Enter; each scan is its own
 * request (a lost connection loses no earlier scan, a re-scan changes nothing).
 */
export function PackPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [parcelId, setParcelId] = useState<string | null>(null);
  const [log, setLog] = useState<TLogLine[]>([]);
  const [progress, setProgress] = useState<{ packed: number; units: number } | null>(null);
  const q = useQuery({ queryKey: logisticsKeys.shipment(id), queryFn: () => getShipment(id) });
  const s = q.data;
  const push = (line: Omit<TLogLine, 'id'>) =>
    setLog((prev) => [{ ...line, id: (prev[0]?.id ?? 0) + 1 }, ...prev].slice(0, 50));
  const packedText = (r: TScanResult) =>
    r.alreadyPacked
      ? t('logistics.pack.already', { assetTag: r.assetTag })
      : r.substitutedAssetTag
        ? t('logistics.pack.substituted', {
            assetTag: r.assetTag,
            replaced: r.substitutedAssetTag,
          })
        : t('logistics.pack.packedOne', { assetTag: r.assetTag });
  const refusedText = (error: unknown) => scanRefusal(t, error) ?? t(errorMessageKey(error));
  const scan = useMutation({
    mutationFn: (value: string) => scanUnit(id, { code: value, parcelId }),
    onSuccess: (r: TScanResult, value) => {
      setProgress({ packed: r.packed, units: r.units });
      push({ code: value, ok: true, text: packedText(r) });
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
    },
    onError: (error, value) => {
      push({ code: value, ok: false, text: refusedText(error) });
    },
  });
  const submit = () => {
    const value = code.trim();
    if (!value) return;
    setCode('');
    scan.mutate(value, { onSettled: () => input.current?.focus() });
  };
  /** A code read by the camera: the same request and log line as a typed one. */
  const packCode = (value: string): Promise<TScanOutcome> =>
    scan.mutateAsync(value).then(
      (r) => ({ ok: true, message: packedText(r) }),
      (error: unknown) => ({ ok: false, message: refusedText(error) }),
    );
  const counts =
    progress ??
    (s ? { packed: s.units.filter((u) => u.packedAt).length, units: s.units.length } : null);
  const last = log[0];
  return (
    <>
      <PageHeader
        title={t('logistics.pack.title', { reference: s?.reference ?? '' })}
        intro={s ? `${s.structure.name} · ${s.warehouse.name}` : t('logistics.pack.intro')}
        before={
          <Anchor component={Link} to={`/shipments/${id}`} size="sm">
            {t('logistics.pack.back')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="pack-scan">
          <Title order={2} size="h4" id="pack-scan" mb="sm">
            {t('logistics.pack.scanTitle')}
          </Title>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Group align="flex-end" gap="sm">
              <TextInput
                ref={input}
                label={t('logistics.pack.code')}
                description={t('logistics.pack.codeHelp')}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                autoFocus
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                style={{ flex: '1 1 14rem' }}
              />
              {s && s.parcels.length > 0 && (
                <Select
                  label={t('logistics.pack.intoParcel')}
                  placeholder={t('logistics.pack.noParcel')}
                  data={s.parcels.map((p) => ({
                    value: p.id,
                    label: `${t(`logistics.parcel.${p.kind}`)} ${p.label ?? ''}`.trim(),
                  }))}
                  value={parcelId}
                  onChange={setParcelId}
                  clearable
                  w={200}
                />
              )}
              <Group gap="xs" wrap="nowrap">
                <CameraScanButton onScan={packCode} continuous />
                <Button type="submit" loading={scan.isPending}>
                  {t('logistics.pack.scan')}
                </Button>
              </Group>
            </Group>
          </form>
          {counts && (
            <Stack gap={4} mt="md">
              <Text size="sm" fw={600}>
                {t('logistics.pack.progress', { packed: counts.packed, units: counts.units })}
              </Text>
              <Progress
                value={counts.units ? (100 * counts.packed) / counts.units : 0}
                aria-label={t('logistics.pack.progress', {
                  packed: counts.packed,
                  units: counts.units,
                })}
              />
            </Stack>
          )}
          <div role="status" aria-live="polite">
            {last && (
              <Text
                mt="sm"
                size="sm"
                fw={600}
                c={last.ok ? 'teal.9' : 'red.9'}
                className="break-anywhere"
              >
                {last.ok ? '✓ ' : '✗ '}
                {last.text}
              </Text>
            )}
          </div>
          {log.length > 1 && (
            <Stack
              gap={2}
              mt="xs"
              aria-label={t('logistics.pack.log')}
              component="ul"
              p={0}
              style={{ listStyle: 'none' }}
            >
              {log.slice(1, 10).map((l) => (
                <Text
                  key={l.id}
                  component="li"
                  size="xs"
                  c={l.ok ? 'dimmed' : 'red.9'}
                  className="break-anywhere"
                >
                  {l.code} — {l.text}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
        {q.isPending && <PageLoader />}
        <ErrorAlert error={q.error} />
        {s && <PackExtras shipment={s} />}
        {s && <ShipmentPackages shipment={s} />}
        {s && <ShipmentUnits shipment={s} />}
        {s?.status === 'packed' && (
          <Button component={Link} to={`/shipments/${id}`} variant="light">
            {t('logistics.pack.toShip')}
          </Button>
        )}
      </Stack>
    </>
  );
}
