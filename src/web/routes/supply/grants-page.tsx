import { useState } from 'react';
import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listGrants, supplyKeys } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { GrantModal } from './grant-modals';
import { SupplyPages } from './supply-common';

const LIMIT = 50;

/** Grants with their figures: all of them for the bank, its own for a funder. */
export function GrantsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useActiveMembership()?.role;
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: supplyKeys.grants({ page }),
    queryFn: () => listGrants({ limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  return (
    <>
      <PageHeader
        title={t('supply.nav.grants')}
        intro={t(role === 'funder' ? 'supply.grants.introFunder' : 'supply.grants.introBank')}
        actions={
          roleCan(role, 'grant.manage') && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('supply.grants.new')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('supply.grants.empty')}</Text>
        </Paper>
      ) : (
        <Paper p="sm">
          <ScrollTable minWidth={860} label={t('supply.nav.grants')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.grants.name')}</Table.Th>
                  <Table.Th>{t('supply.grants.funder')}</Table.Th>
                  <Table.Th>{t('supply.grants.period')}</Table.Th>
                  <Table.Th>{t('supply.grants.figures.pledged')}</Table.Th>
                  <Table.Th>{t('supply.grants.figures.received')}</Table.Th>
                  <Table.Th>{t('supply.grants.figures.committed')}</Table.Th>
                  <Table.Th>{t('supply.grants.figures.spent')}</Table.Th>
                  <Table.Th>{t('supply.grants.figures.left')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/grants/${g.id}`}>
                        {g.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{g.funder.name}</Table.Td>
                    <Table.Td>
                      {t('supply.lot.fromTo', {
                        from: format.date(g.startsOn),
                        to: format.date(g.endsOn),
                      })}
                    </Table.Td>
                    <Table.Td>{format.currency(g.pledgedCents)}</Table.Td>
                    <Table.Td>{format.currency(g.receivedCents)}</Table.Td>
                    <Table.Td>{format.currency(g.committedCents)}</Table.Td>
                    <Table.Td>{format.currency(g.spentCents)}</Table.Td>
                    <Table.Td>{format.currency(g.leftCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <SupplyPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
        </Paper>
      )}
      {creating && <GrantModal mode={{ kind: 'create' }} onClose={() => setCreating(false)} />}
    </>
  );
}
