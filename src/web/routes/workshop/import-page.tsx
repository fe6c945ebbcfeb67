import { useState, type ChangeEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { importDevices, type TDeviceImport } from '../../api/device-edit';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { ScrollTable } from '../../components/common/scroll-table';
import { translateFieldCode, useLocations, WORKSHOP_KEY } from './workshop-common';

const EXAMPLE = `kind;serial;brand;model;ram_mo;stockage_go;type_stockage;series_disques;types_disques
laptop;PF-123456;Lenovo;ThinkPad T480;8192;256;ssd;S3Z-001;nvme`;

function Report({ report }: { report: TDeviceImport }) {
  const { t } = useTranslation();
  if (report.isValid) {
    const n = report.result?.devices?.length ?? report.result?.updated?.length ?? report.rowCount;
    return (
      <Alert color="green" variant="light" role="status">
        <Text size="sm">
          {report.committed
            ? t('workshop.import.committed', { count: n })
            : t('workshop.import.checked', { count: report.rowCount })}
        </Text>
        {report.committed && report.result?.devices && (
          <Group gap="xs" mt="xs">
            {report.result.devices.map((d) => (
              <Anchor key={d.id} component={Link} to={`/devices/${d.id}`} ff="monospace" size="sm">
                {d.assetTag}
              </Anchor>
            ))}
          </Group>
        )}
      </Alert>
    );
  }
  return (
    <Paper p="md">
      <Text size="sm" fw={600} mb="xs" role="alert">
        {t('workshop.import.invalid', { count: report.errors.length })}
      </Text>
      <ScrollTable minWidth={420} label={t('workshop.import.errorsTitle')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workshop.import.row')}</Table.Th>
              <Table.Th>{t('workshop.import.column')}</Table.Th>
              <Table.Th>{t('workshop.import.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td>{e.row || '—'}</Table.Td>
                <Table.Td ff="monospace">{e.path}</Table.Td>
                <Table.Td>{translateFieldCode(t, e.code, e.params)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/**
 * Devices from a spreadsheet: received at a location, or specs filled for devices already
 * recorded. Checked first (nothing written), then imported, all rows or none.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [mode, setMode] = useState<'receive' | 'update'>('receive');
  const [locationId, setLocationId] = useState<string | null>(null);
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      importDevices({
        csv,
        mode,
        dryRun,
        ...(mode === 'receive' && locationId ? { locationId } : {}),
      }),
    onSuccess: async (r) => {
      if (r.committed) {
        await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
        notifySuccess(t, t('workshop.import.committed', { count: r.rowCount }));
      }
    },
  });
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) {
      setCsv(await file.text());
      run.reset();
    }
  };
  const checkedOk = run.data?.isValid && !run.data.committed;
  return (
    <>
      <PageHeader
        title={t('workshop.import.title')}
        intro={t('workshop.import.intro')}
        before={
          <Anchor component={Link} to="/devices" size="sm">
            {t('workshop.import.back')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <Paper p="md">
          <Stack gap="sm">
            <SegmentedControl
              aria-label={t('workshop.import.mode')}
              value={mode}
              onChange={(v) => {
                setMode(v as 'receive' | 'update');
                run.reset();
              }}
              data={[
                { value: 'receive', label: t('workshop.import.modeReceive') },
                { value: 'update', label: t('workshop.import.modeUpdate') },
              ]}
            />
            {mode === 'receive' && (
              <Select
                label={t('workshop.common.location')}
                data={(locations.data ?? [])
                  .filter((l) => l.isActive)
                  .map((l) => ({ value: l.id, label: l.name }))}
                value={locationId}
                onChange={(v) => {
                  setLocationId(v);
                  run.reset();
                }}
                searchable
                required
              />
            )}
            <div>
              <Text component="label" htmlFor="device-csv-file" size="sm" fw={500}>
                {t('workshop.import.file')}
              </Text>
              <input
                id="device-csv-file"
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={(e) => void readFile(e)}
                style={{ display: 'block', maxWidth: '100%' }}
              />
            </div>
            <Textarea
              label={t('workshop.import.content')}
              description={t('workshop.import.contentHint')}
              value={csv}
              onChange={(e) => {
                setCsv(e.currentTarget.value);
                run.reset();
              }}
              autosize
              minRows={4}
              maxRows={14}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Text size="sm">{t('workshop.import.format')}</Text>
            <Code block className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
              {EXAMPLE}
            </Code>
            <Group>
              <Button
                variant="default"
                onClick={() => run.mutate(true)}
                loading={run.isPending && run.variables}
                disabled={!csv.trim()}
              >
                {t('workshop.import.check')}
              </Button>
              <Button
                onClick={() => run.mutate(false)}
                loading={run.isPending && !run.variables}
                disabled={!checkedOk}
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t('workshop.import.commit')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {run.error && <ErrorAlert error={run.error} />}
        {run.data && <Report report={run.data} />}
      </Stack>
    </>
  );
}
