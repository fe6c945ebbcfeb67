import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  importTracking,
  listCarriers,
  logisticsKeys,
  type TTrackingImport,
} from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { ScrollTable } from '../../components/common/scroll-table';
import { logisticsFieldError } from './logistics-common';

const EXAMPLE = `numero_de_suivi;statut;date
6A12345678901;livre;2026-11-20T10:30:00+01:00
6A12345678902;en_transit;`;

/** A row problem in words: the import's own codes, then the logistics and shared ones. */
function rowProblem(t: TFunction, code: string, params?: Record<string, unknown>) {
  const own = `logistics.trackingImport.codes.${code}`;
  const text = t(own, { ...params, defaultValue: '' });
  return text || logisticsFieldError(t, code);
}

function Result({ result }: { result: TTrackingImport }) {
  const { t } = useTranslation();
  if (!result.errors.length) {
    return (
      <Alert color="green" variant="light" role="status">
        <Text size="sm">
          {t('logistics.trackingImport.done', {
            recorded: result.recorded,
            delivered: result.delivered,
            unmatched: result.unmatched,
          })}
        </Text>
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md">
      <Text size="sm" fw={600} mb="xs" role="alert">
        {t('logistics.trackingImport.invalid', { count: result.errors.length })}
      </Text>
      <Text size="sm" mb="sm">
        {t('logistics.trackingImport.invalidHelp')}
      </Text>
      <ScrollTable minWidth={420} label={t('logistics.trackingImport.errorsTable')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('logistics.trackingImport.row')}</Table.Th>
              <Table.Th>{t('logistics.trackingImport.column')}</Table.Th>
              <Table.Th>{t('logistics.trackingImport.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.row || t('logistics.trackingImport.header')}</Table.Td>
                <Table.Td>{t(`logistics.trackingImport.columns.${e.path}`, e.path)}</Table.Td>
                <Table.Td>{rowProblem(t, e.code, e.params)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/**
 * A carrier's tracking export (coordinators): every row is checked first; one bad row and
 * nothing is recorded. Delivered rows mark their shipped shipments delivered.
 */
export function TrackingImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const carriers = useQuery({ queryKey: logisticsKeys.carriers, queryFn: listCarriers });
  const [carrierId, setCarrierId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: async () => importTracking(carrierId!, await file!.text()),
    onSuccess: (r) => {
      if (!r.errors.length) void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <>
      <PageHeader
        title={t('logistics.trackingImport.title')}
        intro={t('logistics.trackingImport.intro')}
        before={
          <Anchor component={Link} to="/shipments" size="sm">
            {t('logistics.back')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Select
                label={t('logistics.ship.carrier')}
                data={(carriers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                value={carrierId}
                onChange={(v) => {
                  setCarrierId(v);
                  run.reset();
                }}
                required
                searchable
                maw={360}
              />
              <FileInput
                label={t('logistics.trackingImport.file')}
                placeholder={t('logistics.trackingImport.filePlaceholder')}
                accept=".csv,text/csv,text/plain"
                value={file}
                onChange={(f: File | null) => {
                  setFile(f);
                  run.reset();
                }}
                clearable
                clearButtonProps={{ 'aria-label': t('logistics.trackingImport.clearFile') }}
                leftSection={<IconFileImport size={16} aria-hidden />}
                required
                maw={360}
              />
              <Text size="sm">{t('logistics.trackingImport.format')}</Text>
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {EXAMPLE}
              </Code>
              <ErrorAlert error={carriers.error ?? run.error} />
              <Group justify="flex-end">
                <Button type="submit" disabled={!carrierId || !file} loading={run.isPending}>
                  {t('logistics.trackingImport.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        {run.data && <Result result={run.data} />}
      </Stack>
    </>
  );
}
