import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DONATION_STATUSES } from '../../../shared/supply-enums';
import { listLots, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { LotStatusBadge, SupplyPages } from './supply-common';

const LIMIT = 25;

/**
 * Donation lots: a donor company's own lots (with the button to declare one), the bank's queue
 * (filtered by status, declared lots first to review) and the lots a warehouse has to count.
 */
export function LotsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useActiveMembership()?.role;
  const isDonor = role === 'donor_contact';
  const [status, setStatus] = useState<string | null>(
    role === 'workshop_operator' ? 'collected' : null,
  );
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const query = { status, search, page };
  const list = useQuery({
    queryKey: supplyKeys.lots(query),
    queryFn: () =>
      listLots({
        status: status ?? undefined,
        search: search.trim() || undefined,
        limit: LIMIT,
        offset: (page - 1) * LIMIT,
      }),
  });
  return (
    <>
      <PageHeader
        title={t('supply.nav.lots')}
        intro={t(isDonor ? 'supply.lots.introDonor' : 'supply.lots.introBank')}
        actions={
          <>
            {roleCan(role, 'settings.update') && (
              <Button
                component={Link}
                to="/donations/rules"
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t('supply.rules.pageTitle')}
              </Button>
            )}
            {roleCan(role, 'donation.declare') && (
              <Button
                component={Link}
                to="/donations/new"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('supply.lots.declare')}
              </Button>
            )}
          </>
        }
      />
      <Paper p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('supply.lots.filterStatus')}
            placeholder={t('supply.lots.allStatuses')}
            clearable
            data={DONATION_STATUSES.map((s) => ({ value: s, label: t(`supply.lotStatus.${s}`) }))}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            w={{ base: '100%', xs: 240 }}
          />
          {!isDonor && (
            <TextInput
              label={t('supply.lots.search')}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                setPage(1);
              }}
              w={{ base: '100%', xs: 260 }}
            />
          )}
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('supply.lots.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={720} label={t('supply.nav.lots')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.lot.reference')}</Table.Th>
                  <Table.Th>{t('supply.lot.status')}</Table.Th>
                  {!isDonor && <Table.Th>{t('supply.lot.donor')}</Table.Th>}
                  <Table.Th>{t('supply.lot.devices')}</Table.Th>
                  <Table.Th>{t('supply.lot.departement')}</Table.Th>
                  <Table.Th>{t('supply.lot.availability')}</Table.Th>
                  <Table.Th>{t('supply.lot.pickupDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/donations/${l.id}`}>
                        {l.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <LotStatusBadge status={l.status} />
                    </Table.Td>
                    {!isDonor && <Table.Td>{l.donor.name}</Table.Td>}
                    <Table.Td>{format.number(l.expectedCount)}</Table.Td>
                    <Table.Td>{l.pickupDepartementCode ?? '—'}</Table.Td>
                    <Table.Td>
                      {t('supply.lot.fromTo', {
                        from: format.date(l.availableFrom),
                        to: format.date(l.availableUntil),
                      })}
                    </Table.Td>
                    <Table.Td>{l.pickupDate ? format.date(l.pickupDate) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <SupplyPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
        </Paper>
      )}
    </>
  );
}
