import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TStructureView, TWaveLineView } from '../../../domain/allocation-wave';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { FillRate } from './allocation-common';
import { useUnmetReason } from './unmet-reason';

const PAGE = 20;

/** The coordinator's pending adjustments, applied at the next run. */
export interface TAdjust {
  pins: Set<string>;
  excludes: Set<string>;
  editable: boolean;
  togglePins: (lineIds: string[], on: boolean) => void;
  toggleExclude: (lineId: string) => void;
}

function reference(l: TWaveLineView) {
  return `D-${String(l.requestNumber).padStart(6, '0')}`;
}

function LineRow({
  line,
  adjust,
  networks,
}: {
  line: TWaveLineView;
  adjust: TAdjust;
  networks: Record<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useUnmetReason(networks);
  const excluded = adjust.excludes.has(line.lineId);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/review/requests/${line.requestId}`}>
          {t('allocation.line.ref', { reference: reference(line), position: line.position + 1 })}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {t(`needs.kinds.${line.kind}`)}
        {line.minTier > 0 && (
          <Text size="xs" c="dimmed">
            {t('allocation.tierMin', { tier: line.minTier })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {format.number(line.usedWeight)}
        {line.pinned && (
          <Badge ml={4} size="sm" color="grape.9">
            {t('allocation.line.pinned')}
          </Badge>
        )}
        {line.usedWeight !== line.computedWeight && (
          <Text size="xs" c="dimmed">
            {t('allocation.line.policyWeight', { weight: line.computedWeight })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <FillRate served={line.served} demanded={line.quantity} />
      </Table.Td>
      <Table.Td>
        {line.sources.map((s) => (
          <Text size="sm" key={s.supply}>
            {t('allocation.line.source', {
              n: s.quantity,
              warehouse: s.hypothetical
                ? `${s.warehouseName} (${t('allocation.whatIf.badge')})`
                : s.warehouseName,
              km: format.number(s.distanceKm),
            })}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        {line.unmet.map((u, i) => (
          <Text size="sm" key={i}>
            <strong>{t('allocation.line.unmetUnits', { count: u.quantity })}</strong> {reason(u)}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        {adjust.editable && (
          <Checkbox
            label={t('allocation.line.exclude')}
            aria-label={t('allocation.line.excludeLine', {
              reference: reference(line),
              position: line.position + 1,
            })}
            checked={excluded}
            onChange={() => adjust.toggleExclude(line.lineId)}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** One structure: its fill rate, its lines, and the pin button. */
function StructureCard({
  s,
  adjust,
  networks,
}: {
  s: TStructureView;
  adjust: TAdjust;
  networks: Record<string, string>;
}) {
  const { t } = useTranslation();
  const ids = s.lines.map((l) => l.lineId);
  const pinned = ids.every((id) => adjust.pins.has(id));
  return (
    <Paper withBorder p="md" component="section" aria-label={s.structureName}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Title order={3} size="h4" className="break-anywhere">
            {s.structureName}
          </Title>
          <Text size="sm" c="dimmed">
            {[s.networkName ?? t('allocation.noNetwork'), s.departementCode].join(' · ')}
          </Text>
        </div>
        <FillRate served={s.served} demanded={s.demanded} />
        {adjust.editable && (
          <Button
            size="xs"
            variant={pinned ? 'filled' : 'default'}
            color="grape.9"
            aria-pressed={pinned}
            onClick={() => adjust.togglePins(ids, !pinned)}
          >
            {pinned ? t('allocation.structure.unpin') : t('allocation.structure.pin')}
          </Button>
        )}
      </Group>
      <ScrollTable
        minWidth={900}
        label={t('allocation.structure.lines', { name: s.structureName })}
      >
        <Table mt="sm" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('allocation.line.request')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.kind')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.weight')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.served')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.sources')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.unmet')}</Table.Th>
              <Table.Th scope="col">{t('allocation.line.adjust')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.lines.map((l) => (
              <LineRow key={l.lineId} line={l} adjust={adjust} networks={networks} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/** Structures of the proposal, least served first, searchable, with their lines. */
export function WaveStructures({
  structures,
  adjust,
  networks,
}: {
  structures: TStructureView[];
  adjust: TAdjust;
  networks: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [unmetOnly, setUnmetOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const needle = search.trim().toLowerCase();
  const list = structures.filter(
    (s) =>
      (!needle || s.structureName.toLowerCase().includes(needle)) &&
      (!unmetOnly || s.served < s.demanded),
  );
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <TextInput
          label={t('allocation.structure.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Checkbox
          label={t('allocation.structure.unmetOnly')}
          checked={unmetOnly}
          onChange={(e) => setUnmetOnly(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" role="status">
        {t('allocation.structure.count', { count: list.length })}
      </Text>
      {list.slice(0, shown).map((s) => (
        <StructureCard key={s.structureId} s={s} adjust={adjust} networks={networks} />
      ))}
      {list.length > shown && (
        <div>
          <Button variant="default" onClick={() => setShown(shown + PAGE)}>
            {t('allocation.structure.more', { count: list.length - shown })}
          </Button>
        </div>
      )}
    </Stack>
  );
}

/** Lines left out of this run, with the way to bring them back. */
export function ExcludedLines({
  lines,
  adjust,
}: {
  lines: {
    lineId: string;
    structureName: string;
    kind: string;
    quantity: number;
    requestNumber: number;
    position: number;
  }[];
  adjust: TAdjust;
}) {
  const { t } = useTranslation();
  if (!lines.length) return <Text size="sm">{t('allocation.excluded.none')}</Text>;
  return (
    <List spacing="xs">
      {lines.map((l) => (
        <List.Item key={l.lineId}>
          <Group gap="sm">
            <Text size="sm">
              {t('allocation.excluded.item', {
                reference: `D-${String(l.requestNumber).padStart(6, '0')}`,
                position: l.position + 1,
                structure: l.structureName,
                kind: t(`needs.kinds.${l.kind}`),
                count: l.quantity,
              })}
            </Text>
            {adjust.editable && (
              <Checkbox
                label={t('allocation.line.exclude')}
                aria-label={t('allocation.line.excludeLine', {
                  reference: `D-${String(l.requestNumber).padStart(6, '0')}`,
                  position: l.position + 1,
                })}
                checked={adjust.excludes.has(l.lineId)}
                onChange={() => adjust.toggleExclude(l.lineId)}
              />
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
