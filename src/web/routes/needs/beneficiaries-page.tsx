import { useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listBeneficiaries } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { BeneficiaryForm } from './beneficiary-form';
import { ListPages } from './needs-common';

const LIMIT = 50;

/** A structure's pseudonymous beneficiaries, and the form to record more. */
export function BeneficiariesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['needs', 'beneficiaries', search, page],
    queryFn: () => listBeneficiaries({ search, limit: LIMIT, offset: (page - 1) * LIMIT }),
  });
  return (
    <>
      <PageHeader
        title={t('needs.beneficiaries.title')}
        intro={t('needs.beneficiaries.intro')}
        actions={
          !adding && (
            <Group gap="sm">
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setAdding(true)}
              >
                {t('needs.beneficiaries.add')}
              </Button>
              <Button
                variant="light"
                component={Link}
                to="/beneficiaries/import"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t('needs.imports.openImport')}
              </Button>
            </Group>
          )
        }
      />
      <Stack gap="lg">
        {adding && (
          <Paper p="lg">
            <BeneficiaryForm onDone={() => setAdding(false)} />
          </Paper>
        )}
        <TextInput
          label={t('needs.beneficiaries.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          maw={320}
        />
        {list.isPending ? (
          <PageLoader />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Paper p="lg">
            <Text>{t('needs.beneficiaries.empty')}</Text>
          </Paper>
        ) : (
          <Paper p="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {t('needs.beneficiaries.count', { count: list.data.total })}
            </Text>
            <ScrollTable minWidth={640} label={t('needs.beneficiaries.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('needs.beneficiaries.reference')}</Table.Th>
                    <Table.Th>{t('needs.beneficiaries.ageBand')}</Table.Th>
                    <Table.Th>{t('needs.beneficiaries.situation')}</Table.Th>
                    <Table.Th>{t('needs.beneficiaries.departement')}</Table.Th>
                    <Table.Th>{t('needs.beneficiaries.lacks')}</Table.Th>
                    <Table.Th>{t('needs.beneficiaries.consentAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((b) => (
                    <Table.Tr key={b.id}>
                      <Table.Td fw={600}>{b.reference}</Table.Td>
                      <Table.Td>{t(`needs.ageBands.${b.ageBand}`)}</Table.Td>
                      <Table.Td>{t(`needs.situations.${b.situation}`)}</Table.Td>
                      <Table.Td>{b.departementCode}</Table.Td>
                      <Table.Td>{b.lacks.map((l) => t(`needs.lacks.${l}`)).join(', ')}</Table.Td>
                      <Table.Td>{format.date(b.consentAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <ListPages total={list.data.total} limit={LIMIT} page={page} onChange={setPage} />
          </Paper>
        )}
      </Stack>
    </>
  );
}
