import { useEffect, useState, type ReactNode } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSearch, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import { getImport, previewImport, startImport, type TImportPreview } from '../../api/needs';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { readCsvFile, type TImportKind } from './import-formats';
import { FormatDescription } from './import-format-description';
import { ImportErrors, ImportProgress } from './import-results';
import { ImportStructurePicker, type TPickedStructure } from './import-structure-picker';
import { useActiveMembership } from '../../hooks/use-session';
import { isBankRole } from '../../lib/access';

/** How often the page asks for the import's progress. */
const POLL_MS = 700;

/** The counts of a preview (rows read, ready, with errors). */
function PreviewCounts({ preview }: { preview: TImportPreview }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" component="section" aria-labelledby="imp-preview">
      <Title order={2} size="h3" id="imp-preview" mb="xs">
        {t('needs.imports.previewTitle')}
      </Title>
      <Text size="sm" role="status">
        {t('needs.imports.previewCounts', {
          total: preview.total,
          valid: preview.valid,
          invalid: preview.total - preview.valid,
        })}
      </Text>
      <Text size="sm" mt="xs">
        {t(
          preview.errorCount === 0 ? 'needs.imports.previewReady' : 'needs.imports.previewBlocked',
        )}
      </Text>
    </Paper>
  );
}

/**
 * Importing a CSV: choose the file, check it (every row's errors, nothing written), then import
 * it as a job whose progress is polled; all or nothing. Bank staff importing beneficiaries
 * first choose the structure (`structureField`); without one nothing is sent.
 */
function ImportPanel({
  kind,
  structureField,
  structureId,
  onStructureMissing,
}: {
  kind: TImportKind;
  structureField?: ReactNode;
  structureId?: string | undefined;
  onStructureMissing?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [inviteReferents, setInviteReferents] = useState(false);
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const [shownFor, setShownFor] = useState(structureId);
  if (shownFor !== structureId) {
    // Another structure: the check and the import made for the previous one no longer apply.
    setShownFor(structureId);
    setPreview(null);
    setJobId(null);
  }
  const readFile = async () => {
    if (structureField && !structureId) {
      onStructureMissing?.();
      return null;
    }
    if (!file) {
      setFileError(t('needs.imports.fileRequired'));
      return null;
    }
    if (file.size > NEEDS_LIMITS.maxImportBytes) {
      setFileError(t('needs.fields.file_too_large'));
      return null;
    }
    setFileError(null);
    return readCsvFile(file);
  };
  const check = useMutation({
    mutationFn: async () => {
      const csv = await readFile();
      return csv === null ? null : previewImport(kind, { csv, inviteReferents, structureId });
    },
    onSuccess: (p) => setPreview(p),
  });
  const start = useMutation({
    mutationFn: async () => {
      const csv = await readFile();
      return csv === null ? null : startImport(kind, { csv, inviteReferents, structureId });
    },
    onSuccess: (r) => {
      if (r) setJobId(r.id);
    },
  });
  const job = useQuery({
    queryKey: ['needs', 'imports', jobId],
    queryFn: () => getImport(jobId!),
    enabled: !!jobId,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'done' || s === 'failed' ? false : POLL_MS;
    },
  });
  const finished = job.data?.status === 'done' ? job.data.id : null;
  useEffect(() => {
    // What the import created shows in the lists (not the import itself: it is over).
    if (finished)
      void queryClient.invalidateQueries({
        predicate: (q) =>
          (q.queryKey[0] === 'needs' && q.queryKey[1] !== 'imports') ||
          q.queryKey[0] === queryKeys.organisationsAll[0],
      });
  }, [finished, queryClient]);
  const reset = () => {
    setJobId(null);
    setPreview(null);
    setFile(null);
  };
  const running = !!jobId && job.data?.status !== 'done' && job.data?.status !== 'failed';

  return (
    <Stack gap="lg">
      <Paper p="lg" component="section" aria-labelledby="imp-file">
        <Title order={2} size="h3" id="imp-file" mb="sm">
          {t('needs.imports.fileTitle')}
        </Title>
        <Stack gap="sm">
          {structureField}
          <FileInput
            label={t('needs.imports.file')}
            description={t('needs.imports.fileHint', {
              mb: Math.round(NEEDS_LIMITS.maxImportBytes / 1024 / 1024),
              rows: NEEDS_LIMITS.maxImportRows,
            })}
            placeholder={t('needs.imports.filePlaceholder')}
            accept=".csv,text/csv,text/plain"
            required
            clearable
            clearButtonProps={{ 'aria-label': t('needs.imports.clearFile') }}
            value={file}
            onChange={(f) => {
              setFile(f);
              setPreview(null);
              setJobId(null);
              setFileError(null);
            }}
            error={fileError}
            disabled={running}
            maw={480}
          />
          {kind === 'structures' && (
            <Checkbox
              label={t('needs.imports.inviteReferents')}
              description={t('needs.imports.inviteReferentsHint')}
              checked={inviteReferents}
              onChange={(e) => setInviteReferents(e.currentTarget.checked)}
              disabled={running}
            />
          )}
          <ErrorAlert error={check.error ?? start.error ?? job.error} />
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconFileSearch size={16} aria-hidden />}
              loading={check.isPending}
              disabled={running}
              onClick={() => check.mutate()}
            >
              {t('needs.imports.check')}
            </Button>
            <Button
              leftSection={<IconUpload size={16} aria-hidden />}
              loading={start.isPending || running}
              disabled={!!preview && preview.errorCount > 0}
              onClick={() => start.mutate()}
            >
              {t('needs.imports.start')}
            </Button>
            {job.data?.status === 'done' && (
              <Button variant="default" onClick={reset}>
                {t('needs.imports.another')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      {job.data ? (
        <ImportProgress job={job.data} />
      ) : (
        preview && (
          <>
            <PreviewCounts preview={preview} />
            <ImportErrors
              errors={preview.errors}
              errorCount={preview.errorCount}
              id="imp-preview-errors"
            />
          </>
        )
      )}
      <FormatDescription kind={kind} />
    </Stack>
  );
}

/** Coordinators import structures from a CSV file. */
export function StructureImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('needs.imports.structuresTitle')} intro={t('needs.imports.intro')} />
      <ImportPanel kind="structures" />
    </>
  );
}

/**
 * Referents import their structure's beneficiaries from a CSV file; coordinators and admins
 * choose the structure first.
 */
export function BeneficiaryImportPage() {
  const { t } = useTranslation();
  const chooses = isBankRole(useActiveMembership()?.role);
  const [structure, setStructure] = useState<TPickedStructure | null>(null);
  const [structureError, setStructureError] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('needs.imports.beneficiariesTitle')}
        intro={t('needs.imports.intro')}
        before={
          <Anchor component={Link} to="/beneficiaries" size="sm">
            {t('needs.imports.backToBeneficiaries')}
          </Anchor>
        }
      />
      <ImportPanel
        kind="beneficiaries"
        structureId={structure?.id}
        onStructureMissing={() => setStructureError(t('needs.imports.structureRequired'))}
        structureField={
          chooses && (
            <ImportStructurePicker
              value={structure}
              onChange={(s) => {
                setStructure(s);
                setStructureError(null);
              }}
              error={structureError}
            />
          )
        }
      />
    </>
  );
}
