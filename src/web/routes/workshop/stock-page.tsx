import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEVICE_KINDS, DEVICE_STATES } from '../../../shared/inventory';
import { getStock } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { useLocations, WORKSHOP_KEY } from './workshop-common';

/** Stock levels by location, kind, tier, grade and state, now or as of a past date. */
export function StockPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const locations = useLocations();
  const role = useActiveMembership()?.role;
  const [asOf, setAsOf] = useState('');
  const [locationId, setLocationId] = useState('');
  const [kind, setKind] = useState('');
  const [state, setState] = useState('');
  // The end of the chosen day, in local time: "as of 12 March" includes that day's events.
  const asOfIso = asOf ? new Date(`${asOf}T23:59:59`).toISOString() : undefined;
  const q = useQuery({
    queryKey: [...WORKSHOP_KEY, 'stock', asOfIso, locationId, kind, state],
    queryFn: () => getStock({ asOf: asOfIso, locationId, kind, state }),
    placeholderData: keepPreviousData,
  });
  const total = q.data?.devices.reduce((n, r) => n + r.count, 0) ?? 0;
  return (
    <>
      <PageHeader
        title={t('workshop.stock.title')}
        intro={t('workshop.stock.intro')}
        actions={
          roleCan(role, 'stock.count') && (
            <Button
              component={Link}
              to="/stock/counts"
              variant="default"
              leftSection={<IconClipboardCheck size={16} aria-hidden />}
            >
              {t('workshop.count.startLink')}
            </Button>
          )
        }
      />
      <Paper p="md" mb="md">
        <Group gap="sm" wrap="wrap" grow align="flex-start">
          <TextInput
            type="date"
            label={t('workshop.stock.asOf')}
            description={t('workshop.stock.asOfHint')}
            value={asOf}
            onChange={(e) => setAsOf(e.currentTarget.value)}
            miw={160}
          />
          <Select
            label={t('workshop.common.location')}
            data={[
              { value: '', label: t('workshop.common.allLocations') },
              ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
            ]}
            value={locationId}
            onChange={(v) => setLocationId(v ?? '')}
            allowDeselect={false}
            miw={160}
          />
          <Select
            label={t('workshop.common.kind')}
            data={[
              { value: '', label: t('workshop.devices.allKinds') },
              ...DEVICE_KINDS.map((k) => ({ value: k, label: t(`workshop.kind.${k}`) })),
            ]}
            value={kind}
            onChange={(v) => setKind(v ?? '')}
            allowDeselect={false}
            miw={160}
          />
          <Select
            label={t('workshop.common.state')}
            data={[
              { value: '', label: t('workshop.devices.allStates') },
              ...DEVICE_STATES.map((s) => ({ value: s, label: t(`workshop.state.${s}`) })),
            ]}
            value={state}
            onChange={(v) => setState(v ?? '')}
            allowDeselect={false}
            miw={160}
          />
        </Group>
      </Paper>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Stack gap="lg">
          <Text size="sm" role="status">
            {q.data.asOf
              ? t('workshop.stock.sourceLedger', { date: format.date(q.data.asOf) })
              : t('workshop.stock.sourceNow')}{' '}
            {t('workshop.stock.total', { count: total })}
          </Text>
          <Paper p="sm">
            <Title order={2} size="h3" mb="sm">
              {t('workshop.stock.devices')}
            </Title>
            {q.data.devices.length === 0 ? (
              <Text size="sm">{t('workshop.stock.emptyDevices')}</Text>
            ) : (
              <ScrollTable minWidth={640} label={t('workshop.stock.devices')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('workshop.common.location')}</Table.Th>
                      <Table.Th>{t('workshop.common.kind')}</Table.Th>
                      <Table.Th>{t('workshop.common.tier')}</Table.Th>
                      <Table.Th>{t('workshop.common.grade')}</Table.Th>
                      <Table.Th>{t('workshop.common.state')}</Table.Th>
                      <Table.Th ta="right">{t('workshop.stock.count')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {q.data.devices.map((r, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{r.locationName ?? '—'}</Table.Td>
                        <Table.Td>{t(`workshop.kind.${r.kind}`)}</Table.Td>
                        <Table.Td>{r.tier ?? '—'}</Table.Td>
                        <Table.Td>{r.grade ?? '—'}</Table.Td>
                        <Table.Td>{t(`workshop.state.${r.state}`)}</Table.Td>
                        <Table.Td ta="right">{format.number(r.count)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Paper>
          <Paper p="sm">
            <Title order={2} size="h3" mb="sm">
              {t('workshop.stock.items')}
            </Title>
            {q.data.items.length === 0 ? (
              <Text size="sm">{t('workshop.stock.emptyItems')}</Text>
            ) : (
              <ScrollTable minWidth={480} label={t('workshop.stock.items')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('workshop.common.location')}</Table.Th>
                      <Table.Th>{t('workshop.stock.item')}</Table.Th>
                      <Table.Th ta="right">{t('workshop.stock.quantity')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {q.data.items.map((r) => (
                      <Table.Tr key={`${r.locationId}-${r.itemId}`}>
                        <Table.Td>{r.locationName ?? '—'}</Table.Td>
                        <Table.Td>
                          {r.itemName ?? '—'}{' '}
                          <Text span size="xs" c="dimmed">
                            {r.itemCode}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{format.number(r.quantity)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Paper>
        </Stack>
      )}
    </>
  );
}
