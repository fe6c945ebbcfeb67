import { useState } from 'react';
import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TOrganisationKind } from '../../../shared/enums';
import { listAllLocations } from '../../api/inventory-admin';
import type { TLocation } from '../../api/inventory';
import { listOrganisations } from '../../api/organisations';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useActiveMembership } from '../../hooks/use-session';
import { isBankRole, roleCan } from '../../lib/access';
import { LocationForm } from './location-form';
import { WORKSHOP_KEY } from './workshop-common';

/** Organisations that hold stock (the server refuses the others). */
const HOLDERS: readonly TOrganisationKind[] = ['bank', 'warehouse', 'workshop', 'welcome_point'];

async function holderOrganisations() {
  const pages = await Promise.all(HOLDERS.map((kind) => listOrganisations({ kind, limit: '500' })));
  return pages
    .flatMap((p) => p.items)
    .map((o) => ({ value: o.id, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Stock locations: list, create, edit (bank staff: every organisation; operators: theirs). */
export function LocationsPage() {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const isBank = isBankRole(membership?.role);
  const canManage = roleCan(membership?.role, 'location.manage');
  const [editing, setEditing] = useState<TLocation | 'new' | null>(null);
  const q = useQuery({
    queryKey: [...WORKSHOP_KEY, 'locations', 'all'],
    queryFn: listAllLocations,
  });
  const orgs = useQuery({
    queryKey: [...WORKSHOP_KEY, 'holders'],
    queryFn: holderOrganisations,
    enabled: isBank,
  });
  const orgName = new Map((orgs.data ?? []).map((o) => [o.value, o.label]));
  const where = (l: TLocation) =>
    [
      l.departementCode,
      l.lat != null && l.lon != null ? `${l.lat.toFixed(4)}, ${l.lon.toFixed(4)}` : null,
    ]
      .filter(Boolean)
      .join(' — ') || '—';
  return (
    <>
      <PageHeader
        title={t('workshop.locations.title')}
        intro={t('workshop.locations.intro')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('workshop.locations.new')}
            </Button>
          )
        }
      />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Paper p="sm">
          {q.data.length === 0 ? (
            <Text size="sm">{t('workshop.locations.empty')}</Text>
          ) : (
            <ScrollTable minWidth={720} label={t('workshop.locations.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workshop.locations.name')}</Table.Th>
                    <Table.Th>{t('workshop.locations.code')}</Table.Th>
                    <Table.Th>{t('workshop.common.kind')}</Table.Th>
                    {isBank && <Table.Th>{t('workshop.locations.organisation')}</Table.Th>}
                    <Table.Th>{t('workshop.locations.where')}</Table.Th>
                    <Table.Th>{t('workshop.locations.status')}</Table.Th>
                    {canManage && <Table.Th>{t('workshop.locations.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{l.name}</Table.Td>
                      <Table.Td ff="monospace">{l.code ?? '—'}</Table.Td>
                      <Table.Td>{t(`workshop.locationKind.${l.kind}`)}</Table.Td>
                      {isBank && (
                        <Table.Td>
                          {l.organisationName ?? orgName.get(l.organisationId) ?? '—'}
                        </Table.Td>
                      )}
                      <Table.Td>{where(l)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="dot"
                          style={{ textTransform: 'none' }}
                          color={l.isActive ? 'green' : 'gray'}
                        >
                          {l.isActive
                            ? t('workshop.locations.isActive')
                            : t('workshop.locations.inactive')}
                        </Badge>
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(l)}
                            aria-label={t('workshop.locations.editOf', { name: l.name })}
                          >
                            {t('workshop.locations.edit')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
      {editing && (
        <LocationForm
          location={editing === 'new' ? null : editing}
          organisations={orgs.data ?? []}
          fixedOrganisationId={isBank ? null : (membership?.organisationId ?? null)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
