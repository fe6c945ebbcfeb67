import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DEVICE_KINDS, DEVICE_STATES } from '../../../shared/inventory';
import { listDevices } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { CameraScanButton } from '../../components/scan/camera-scan-button';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { deviceName, StateBadge, useLocations, WORKSHOP_KEY } from './workshop-common';

const LIMIT = 50;

/** Device search: by asset tag, serial or donor tag, with state, kind and location filters. */
export function DevicesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useActiveMembership()?.role;
  const [params, setParams] = useSearchParams();
  const locations = useLocations();
  const search = params.get('search') ?? '';
  const state = params.get('state') ?? '';
  const kind = params.get('kind') ?? '';
  const locationId = params.get('locationId') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [text, setText] = useState(search);
  const list = useQuery({
    queryKey: [...WORKSHOP_KEY, 'devices', search, state, kind, locationId, offset],
    queryFn: () => listDevices({ search, state, kind, locationId, limit: LIMIT, offset }),
    placeholderData: keepPreviousData,
  });
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ search: text.trim() });
  };
  return (
    <>
      <PageHeader
        title={t('workshop.devices.title')}
        intro={t('workshop.devices.intro')}
        actions={
          roleCan(role, 'device.receive') && (
            <Button
              component={Link}
              to="/devices/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              {t('workshop.import.link')}
            </Button>
          )
        }
      />
      <Paper p="md" mb="md">
        <form onSubmit={submit} role="search" aria-label={t('workshop.devices.searchForm')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('workshop.devices.search')}
              placeholder={t('workshop.devices.searchPlaceholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: '1 1 14rem' }}
            />
            <Group gap="xs" wrap="nowrap">
              <CameraScanButton
                onScan={(code) => {
                  setText(code);
                  set({ search: code });
                }}
              />
              <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
                {t('workshop.devices.search')}
              </Button>
            </Group>
          </Group>
          <Group gap="sm" mt="sm" wrap="wrap" grow>
            <Select
              label={t('workshop.common.state')}
              data={[
                { value: '', label: t('workshop.devices.allStates') },
                ...DEVICE_STATES.map((s) => ({ value: s, label: t(`workshop.state.${s}`) })),
              ]}
              value={state}
              onChange={(v) => set({ state: v ?? '' })}
              allowDeselect={false}
              miw={150}
            />
            <Select
              label={t('workshop.common.kind')}
              data={[
                { value: '', label: t('workshop.devices.allKinds') },
                ...DEVICE_KINDS.map((k) => ({ value: k, label: t(`workshop.kind.${k}`) })),
              ]}
              value={kind}
              onChange={(v) => set({ kind: v ?? '' })}
              allowDeselect={false}
              miw={150}
            />
            <Select
              label={t('workshop.common.location')}
              data={[
                { value: '', label: t('workshop.common.allLocations') },
                ...(locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
              ]}
              value={locationId}
              onChange={(v) => set({ locationId: v ?? '' })}
              allowDeselect={false}
              miw={150}
            />
          </Group>
        </form>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('workshop.devices.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <Text size="sm" mb="xs" role="status">
            {t('workshop.devices.total', { count: list.data.total })}
          </Text>
          <ScrollTable minWidth={760} label={t('workshop.devices.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workshop.common.assetTag')}</Table.Th>
                  <Table.Th>{t('workshop.common.serial')}</Table.Th>
                  <Table.Th>{t('workshop.common.model')}</Table.Th>
                  <Table.Th>{t('workshop.common.state')}</Table.Th>
                  <Table.Th>{t('workshop.common.location')}</Table.Th>
                  <Table.Th>{t('workshop.common.grade')}</Table.Th>
                  <Table.Th>{t('workshop.common.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/devices/${d.id}`} ff="monospace">
                        {d.assetTag}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ff="monospace">{d.serial ?? '—'}</Table.Td>
                    <Table.Td>{deviceName(t, d)}</Table.Td>
                    <Table.Td>
                      <StateBadge state={d.state} />
                    </Table.Td>
                    <Table.Td>{d.locationName ?? '—'}</Table.Td>
                    <Table.Td>{d.grade ?? '—'}</Table.Td>
                    <Table.Td>{format.date(d.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {list.data.total > LIMIT && (
            <Group justify="space-between" mt="sm">
              <Button
                variant="default"
                disabled={offset === 0}
                onClick={() => set({ offset: String(Math.max(0, offset - LIMIT)) })}
              >
                {t('workshop.devices.previous')}
              </Button>
              <Button
                variant="default"
                disabled={offset + LIMIT >= list.data.total}
                onClick={() => set({ offset: String(offset + LIMIT) })}
              >
                {t('workshop.devices.next')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </>
  );
}
