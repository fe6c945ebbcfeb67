import { useState } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { URGENCY_LEVELS } from '../../../shared/needs-enums';
import { WAVE_KINDS, type TWaveKind } from '../../../shared/allocation';
import type { TWaveRunInput } from '../../../shared/schemas/allocation';
import { allocationKeys, createWave, getWaveChoices } from '../../api/allocation';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';

/** Kinds a coordinator may let another kind stand in for (the need, then what may serve it). */
const SUBSTITUTIONS: [need: TWaveKind, by: TWaveKind][] = [
  ['tablet', 'laptop'],
  ['desktop', 'laptop'],
  ['smartphone', 'tablet'],
];

interface TSelection {
  networkIds: string[];
  departementCodes: string[];
  urgencies: string[];
  kinds: string[];
  locationIds: string[];
  tiers: string[];
  substitutions: string[];
  /** Network id → most units this wave may give it ('' = no cap). */
  caps: Record<string, number | string>;
}

const EMPTY: TSelection = {
  networkIds: [],
  departementCodes: [],
  urgencies: [],
  kinds: [],
  locationIds: [],
  tiers: [],
  substitutions: [],
  caps: {},
};

/** Builds the run input from the form (empty filters take everything). */
export function toRunInput(campaignId: string, s: TSelection): TWaveRunInput {
  const substitutes: Partial<Record<TWaveKind, TWaveKind[]>> = {};
  for (const key of s.substitutions) {
    const [need, by] = key.split(':') as [TWaveKind, TWaveKind];
    substitutes[need] = [...(substitutes[need] ?? []), by];
  }
  return {
    selection: {
      campaignId,
      networkIds: s.networkIds,
      departementCodes: s.departementCodes,
      urgencies: s.urgencies as TWaveRunInput['selection']['urgencies'],
      kinds: s.kinds as TWaveKind[],
      locationIds: s.locationIds,
      tiers: s.tiers.map(Number),
    },
    substitutes,
    networkCaps: Object.fromEntries(
      Object.entries(s.caps)
        .filter(([, v]) => v !== '' && Number.isInteger(Number(v)) && Number(v) >= 0)
        .map(([k, v]) => [k, Number(v)]),
    ),
  };
}

/** A new wave: which campaign, which approved lines, which ready stock; then run it. */
export function NewWavePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [s, setS] = useState<TSelection>(EMPTY);
  const choices = useQuery({
    queryKey: allocationKeys.choices(campaignId),
    queryFn: () => getWaveChoices(campaignId),
  });
  const run = useMutation({
    mutationFn: () => createWave(toRunInput(campaignId!, s)),
    onSuccess: async (wave) => {
      await queryClient.invalidateQueries({ queryKey: allocationKeys.all });
      void navigate(`/allocation/${wave.id}`);
    },
  });
  if (choices.isPending && !choices.data) return <PageLoader />;
  const c = choices.data;
  const set = (patch: Partial<TSelection>) => setS((prev) => ({ ...prev, ...patch }));
  const units = (n: number) => t('allocation.units', { count: n, n: format.number(n) });
  return (
    <>
      <PageHeader
        title={t('allocation.new.title')}
        intro={t('allocation.new.intro')}
        before={
          <Anchor component={Link} to="/allocation" size="sm">
            {t('allocation.back')}
          </Anchor>
        }
      />
      <ErrorAlert error={choices.error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (campaignId) run.mutate();
        }}
      >
        <Stack gap="lg" maw={960}>
          <Select
            label={t('allocation.new.campaign')}
            required
            data={(c?.campaigns ?? []).map((x) => ({ value: x.id, label: x.name }))}
            value={campaignId}
            onChange={(v) => {
              setCampaignId(v);
              setS(EMPTY);
            }}
          />
          {campaignId && c && (
            <>
              <Text size="sm" role="status">
                {t('allocation.new.summary', {
                  lines: format.number(c.demand.lines),
                  units: units(c.demand.units),
                  stock: units(c.stock.units),
                })}
              </Text>
              <Fieldset legend={t('allocation.new.lines')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <MultiSelect
                    label={t('allocation.new.networks')}
                    placeholder={t('allocation.new.all')}
                    data={c.demand.networks.map((n) => ({
                      value: n.id,
                      label: `${n.name} (${units(n.units)})`,
                    }))}
                    value={s.networkIds}
                    onChange={(v) => set({ networkIds: v })}
                    searchable
                  />
                  <MultiSelect
                    label={t('allocation.new.departements')}
                    placeholder={t('allocation.new.all')}
                    data={c.demand.departements.map((d) => ({
                      value: d.code,
                      label: `${d.code} (${units(d.units)})`,
                    }))}
                    value={s.departementCodes}
                    onChange={(v) => set({ departementCodes: v })}
                    searchable
                  />
                  <MultiSelect
                    label={t('allocation.new.urgencies')}
                    placeholder={t('allocation.new.all')}
                    data={URGENCY_LEVELS.map((u) => ({
                      value: u,
                      label: t(`needs.urgency.${u}`),
                    }))}
                    value={s.urgencies}
                    onChange={(v) => set({ urgencies: v })}
                  />
                  <MultiSelect
                    label={t('allocation.new.kinds')}
                    placeholder={t('allocation.new.all')}
                    data={WAVE_KINDS.map((k) => ({ value: k, label: t(`needs.kinds.${k}`) }))}
                    value={s.kinds}
                    onChange={(v) => set({ kinds: v })}
                  />
                </SimpleGrid>
              </Fieldset>
              <Fieldset legend={t('allocation.new.stock')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <MultiSelect
                    label={t('allocation.new.locations')}
                    placeholder={t('allocation.new.all')}
                    data={c.stock.locations
                      .filter((l) => l.units > 0)
                      .map((l) => ({ value: l.id, label: `${l.name} (${units(l.units)})` }))}
                    value={s.locationIds}
                    onChange={(v) => set({ locationIds: v })}
                  />
                  <MultiSelect
                    label={t('allocation.new.tiers')}
                    placeholder={t('allocation.new.all')}
                    data={c.stock.tiers.map((x) => ({
                      value: String(x.tier),
                      label: `${x.tier === 0 ? t('allocation.tierNone') : t('allocation.tier', { tier: x.tier })} (${units(x.units)})`,
                    }))}
                    value={s.tiers}
                    onChange={(v) => set({ tiers: v })}
                  />
                </SimpleGrid>
              </Fieldset>
              {c.demand.networks.length > 0 && (
                <Fieldset legend={t('allocation.new.caps')}>
                  <Text size="sm" mb="xs">
                    {t('allocation.new.capsHelp')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                    {c.demand.networks.map((n) => (
                      <NumberInput
                        key={n.id}
                        label={n.name}
                        description={t('allocation.new.capAsked', { units: units(n.units) })}
                        min={0}
                        allowDecimal={false}
                        value={s.caps[n.id] ?? ''}
                        onChange={(v) => set({ caps: { ...s.caps, [n.id]: v } })}
                      />
                    ))}
                  </SimpleGrid>
                </Fieldset>
              )}
              <Checkbox.Group
                label={t('allocation.new.substitutes')}
                description={t('allocation.new.substitutesHelp')}
                value={s.substitutions}
                onChange={(v) => set({ substitutions: v })}
              >
                <Stack gap="xs" mt="xs">
                  {SUBSTITUTIONS.map(([need, by]) => (
                    <Checkbox
                      key={`${need}:${by}`}
                      value={`${need}:${by}`}
                      label={t('allocation.new.substitute', {
                        need: t(`needs.kinds.${need}`),
                        by: t(`needs.kinds.${by}`),
                      })}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            </>
          )}
          <ErrorAlert error={run.error} />
          <div>
            <Button type="submit" disabled={!campaignId} loading={run.isPending}>
              {t('allocation.new.run')}
            </Button>
          </div>
        </Stack>
      </form>
    </>
  );
}
