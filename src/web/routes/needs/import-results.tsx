import { Badge, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TImportJob, TImportRowError } from '../../api/needs';
import { ScrollTable } from '../../components/common/scroll-table';
import { fileLine } from './import-formats';
import { needsFieldError } from './needs-common';

/** Rows of errors shown at once (the counts are always complete). */
const SHOWN_ERRORS = 500;

/** The reason of a row error, translated, with its parameters (row numbers as file lines). */
function useReason() {
  const { t } = useTranslation();
  return (e: TImportRowError) => {
    const params: Record<string, unknown> = { ...(e.params ?? {}) };
    if (typeof params.row === 'number') params.row = fileLine(params.row);
    if (Array.isArray(params.options)) params.options = params.options.length;
    return needsFieldError(t, e.code, params) ?? e.code;
  };
}

/** Every row error of a file: line, column, translated reason. */
export function ImportErrors({
  errors,
  errorCount,
  id,
}: {
  errors: TImportRowError[];
  errorCount: number;
  id: string;
}) {
  const { t } = useTranslation();
  const reason = useReason();
  if (errorCount === 0) return null;
  return (
    <Paper p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {t('needs.imports.errorsTitle', { count: errorCount })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('needs.imports.errorsHint')}
      </Text>
      <ScrollTable minWidth={520} label={t('needs.imports.errorsTable')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.imports.line')}</Table.Th>
              <Table.Th>{t('needs.imports.column')}</Table.Th>
              <Table.Th>{t('needs.imports.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <Table.Tr key={i} data-testid="import-error">
                <Table.Td>{fileLine(e.row) ?? t('needs.imports.wholeFile')}</Table.Td>
                <Table.Td>
                  {t(`needs.imports.columns.${e.path}`, { defaultValue: e.path })}
                </Table.Td>
                <Table.Td className="break-anywhere">{reason(e)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {errorCount > Math.min(errors.length, SHOWN_ERRORS) && (
        <Text size="sm" mt="xs">
          {t('needs.imports.moreErrors', {
            shown: Math.min(errors.length, SHOWN_ERRORS),
            count: errorCount,
          })}
        </Text>
      )}
    </Paper>
  );
}

/** An import job: its stage, a progress bar, then what was created or why nothing was. */
export function ImportProgress({ job }: { job: TImportJob }) {
  const { t } = useTranslation();
  const over = job.status === 'done' || job.status === 'failed';
  const percent =
    job.status === 'done'
      ? 100
      : job.total > 0
        ? Math.min(100, Math.round((job.processed / job.total) * 100))
        : 0;
  const errorCount = job.result?.errorCount ?? job.errors.length;
  return (
    <Stack gap="lg">
      <Paper p="lg" component="section" aria-labelledby="imp-progress">
        <Title order={2} size="h3" id="imp-progress" mb="sm">
          {t('needs.imports.progressTitle')}
        </Title>
        <Stack gap="xs">
          <div>
            <Badge
              variant="light"
              color={job.status === 'done' ? 'lagoon' : job.status === 'failed' ? 'red' : 'gray'}
              style={{ textTransform: 'none' }}
            >
              {t(`needs.imports.status.${job.status}`)}
            </Badge>
          </div>
          <Progress.Root size="lg">
            <Progress.Section
              value={percent}
              animated={!over}
              aria-label={t('needs.imports.progressLabel')}
              aria-valuetext={t('needs.imports.progressValue', {
                processed: job.processed,
                total: job.total,
              })}
            />
          </Progress.Root>
          <Text size="sm" role="status" data-testid="import-outcome">
            {job.status === 'done'
              ? t('needs.imports.doneText', {
                  count: job.result?.created ?? 0,
                  invited: job.result?.invited ?? 0,
                })
              : job.status === 'failed'
                ? t('needs.imports.failedText', { count: errorCount, total: job.total })
                : t('needs.imports.progressValue', {
                    processed: job.processed,
                    total: job.total,
                  })}
          </Text>
          {job.status === 'done' && (job.result?.invited ?? 0) > 0 && (
            <Text size="sm">{t('needs.imports.invitedText', { count: job.result!.invited })}</Text>
          )}
        </Stack>
      </Paper>
      {job.status === 'failed' && (
        <ImportErrors errors={job.errors} errorCount={errorCount} id="imp-job-errors" />
      )}
    </Stack>
  );
}
