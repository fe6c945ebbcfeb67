import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { THypotheticalStockInput, TWaveRunInput } from '../../../shared/schemas/allocation';
import {
  allocationKeys,
  getWave,
  getWaveChoices,
  rerunWave,
  type TWave,
} from '../../api/allocation';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { WaveStatusBadge } from './allocation-common';
import { ChangesAlert, WaveActions } from './wave-actions';
import {
  DepartementsTable,
  NetworksTable,
  WarehousesTable,
  WaveFairness,
  WaveFigures,
} from './wave-groups';
import { ExcludedLines, WaveStructures, type TAdjust } from './wave-structures';
import { WhatIfForm } from './what-if-form';
import { WaveScope } from './wave-scope';
import { WaveShipments } from '../logistics/wave-shipments';

const sameSet = (a: Set<string>, b: readonly string[]) =>
  a.size === b.length && b.every((x) => a.has(x));

/** The pins, exclusions and what-if stock a coordinator is editing before the next run. */
function useAdjustments(wave: TWave) {
  const [pins, setPins] = useState(() => new Set(wave.options.pins));
  const [excludes, setExcludes] = useState(() => new Set(wave.options.excludes));
  const [hypothetical, setHypothetical] = useState<THypotheticalStockInput[]>(
    () => wave.options.hypothetical,
  );
  const dirty =
    !sameSet(pins, wave.options.pins) ||
    !sameSet(excludes, wave.options.excludes) ||
    JSON.stringify(hypothetical) !== JSON.stringify(wave.options.hypothetical);
  const adjust: TAdjust = {
    pins,
    excludes,
    editable: wave.status === 'draft',
    togglePins: (ids, on) =>
      setPins((prev) => {
        const next = new Set(prev);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    toggleExclude: (id) =>
      setExcludes((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
  };
  const input = (): TWaveRunInput => ({
    ...wave.options,
    pins: [...pins],
    excludes: [...excludes],
    hypothetical,
  });
  return { adjust, dirty, hypothetical, setHypothetical, input };
}

function WaveBody({ wave }: { wave: TWave }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { adjust, dirty, hypothetical, setHypothetical, input } = useAdjustments(wave);
  const choices = useQuery({
    queryKey: allocationKeys.choices(null),
    queryFn: () => getWaveChoices(null),
    enabled: wave.status === 'draft',
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: allocationKeys.all });
  const rerun = useMutation({
    mutationFn: () => rerunWave(wave.id, input()),
    onSuccess: (fresh) => {
      queryClient.setQueryData(allocationKeys.wave(wave.id), fresh);
      refresh();
    },
  });
  const s = wave.summary;
  const locations = useMemo(
    () => (choices.data?.stock.locations ?? []).map((l) => ({ id: l.id, name: l.name })),
    [choices.data],
  );
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <WaveStatusBadge status={wave.status} whatIf={wave.whatIf} />
        <Text size="sm">
          {t('allocation.wave.ranAt', { at: format.dateTime(wave.ranAt) })}
          {wave.confirmedAt &&
            ` · ${t('allocation.wave.confirmedAt', { at: format.dateTime(wave.confirmedAt) })}`}
          {wave.cancelledAt &&
            ` · ${t('allocation.wave.cancelledAt', { at: format.dateTime(wave.cancelledAt) })}`}
        </Text>
      </Group>
      {wave.status === 'confirmed' && (
        <Alert color="lagoon" variant="light" title={t('allocation.wave.confirmedTitle')}>
          <Text size="sm">{t('allocation.wave.confirmedText', { count: s.totals.served })}</Text>
        </Alert>
      )}
      <ChangesAlert
        changes={wave.changes}
        onRerun={() => rerun.mutate()}
        rerunning={rerun.isPending}
      />
      <WaveFigures summary={s} />
      <WaveFairness summary={s} />
      <WaveScope wave={wave} />
      {wave.status === 'draft' && (
        <Paper withBorder p="md" component="section" aria-labelledby="wave-adjust">
          <Title order={2} size="h4" id="wave-adjust" mb="xs">
            {t('allocation.adjust.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('allocation.adjust.help', {
              pins: adjust.pins.size,
              excludes: adjust.excludes.size,
            })}
          </Text>
          <WhatIfForm lines={hypothetical} locations={locations} onChange={setHypothetical} />
          <ErrorAlert error={rerun.error} />
          <Button
            mt="md"
            onClick={() => rerun.mutate()}
            loading={rerun.isPending}
            disabled={!dirty && wave.changes.length === 0}
          >
            {t('allocation.adjust.rerun')}
          </Button>
        </Paper>
      )}
      <WaveActions wave={wave} dirty={dirty} onDone={refresh} />
      <WaveShipments waveId={wave.id} status={wave.status} />
      <Tabs defaultValue="structures" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="structures">{t('allocation.tabs.structures')}</Tabs.Tab>
          <Tabs.Tab value="networks">{t('allocation.tabs.networks')}</Tabs.Tab>
          <Tabs.Tab value="departements">{t('allocation.tabs.departements')}</Tabs.Tab>
          <Tabs.Tab value="warehouses">{t('allocation.tabs.warehouses')}</Tabs.Tab>
          <Tabs.Tab value="excluded">
            {t('allocation.tabs.excluded', { count: wave.excluded.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="structures" pt="md">
          <WaveStructures structures={s.structures} adjust={adjust} networks={wave.networks} />
        </Tabs.Panel>
        <Tabs.Panel value="networks" pt="md">
          <NetworksTable summary={s} />
        </Tabs.Panel>
        <Tabs.Panel value="departements" pt="md">
          <DepartementsTable summary={s} />
        </Tabs.Panel>
        <Tabs.Panel value="warehouses" pt="md">
          <WarehousesTable summary={s} />
        </Tabs.Panel>
        <Tabs.Panel value="excluded" pt="md">
          <ExcludedLines lines={wave.excluded} adjust={adjust} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** One wave: the proposal, its fairness, the coordinator's adjustments and decisions. */
export function WavePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: allocationKeys.wave(id), queryFn: () => getWave(id) });
  return (
    <>
      <PageHeader
        title={
          q.data
            ? t('allocation.wave.title', { reference: q.data.reference })
            : t('allocation.nav.waves')
        }
        intro={q.data?.campaignName}
        before={
          <Anchor component={Link} to="/allocation" size="sm">
            {t('allocation.back')}
          </Anchor>
        }
      />
      {q.isPending && <PageLoader />}
      <ErrorAlert error={q.error} />
      {q.data && <WaveBody key={`${q.data.id}:${q.data.ranAt}:${q.data.status}`} wave={q.data} />}
    </>
  );
}
