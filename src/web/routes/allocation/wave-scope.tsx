import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWave } from '../../api/allocation';
import { useFormat } from '../../hooks/use-format';

/** What a wave covers: its filters, caps and substitutes, in words. */
export function WaveScope({ wave }: { wave: TWave }) {
  const { t } = useTranslation();
  const format = useFormat();
  const o = wave.options;
  const s = o.selection;
  const all = t('allocation.new.all');
  const list = (items: string[]) => (items.length ? items.join(', ') : all);
  const locationName = (id: string) =>
    wave.summary.warehouses.find((w) => w.locationId === id)?.name ?? id.slice(0, 8);
  const caps = Object.entries(o.networkCaps).map(
    ([id, cap]) => `${wave.networks[id] ?? id.slice(0, 8)} ≤ ${format.number(cap)}`,
  );
  const substitutes = Object.entries(o.substitutes).flatMap(([need, by]) =>
    (by ?? []).map((b) =>
      t('allocation.new.substitute', {
        need: t(`needs.kinds.${need}`),
        by: t(`needs.kinds.${b}`),
      }),
    ),
  );
  const rows: [string, string][] = [
    [t('allocation.new.networks'), list(s.networkIds.map((id) => wave.networks[id] ?? id))],
    [t('allocation.new.departements'), list(s.departementCodes)],
    [t('allocation.new.urgencies'), list(s.urgencies.map((u) => t(`needs.urgency.${u}`)))],
    [t('allocation.new.kinds'), list(s.kinds.map((k) => t(`needs.kinds.${k}`)))],
    [t('allocation.new.locations'), list(s.locationIds.map(locationName))],
    [t('allocation.new.tiers'), list(s.tiers.map((x) => String(x)))],
    [t('allocation.new.caps'), caps.length ? caps.join(', ') : '—'],
    [t('allocation.new.substitutes'), substitutes.length ? substitutes.join(' · ') : '—'],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="wave-scope">
      <Title order={2} size="h4" id="wave-scope" mb="xs">
        {t('allocation.wave.scope')}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th scope="row" w="40%">
                {k}
              </Table.Th>
              <Table.Td className="break-anywhere">{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
