import { useState } from 'react';
import { Alert, Button, Group, List, Paper, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bulkApprove, type TBulkResult, type TDeskItem } from '../../api/needs';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { isKnownErrorCode } from '../../lib/api-error';

/** Requests a bulk approval may take (the API checks each one again). */
export const canBulkApprove = (r: TDeskItem) =>
  r.status === 'submitted' || r.status === 'under_review';

/**
 * Approving the selected requests at the asked quantities: a confirmation, then which ones were
 * approved and, for the others, why not (quota, limit, state) — those need a look one by one.
 */
export function BulkApproveBar({
  selected,
  items,
  onDone,
}: {
  selected: string[];
  items: TDeskItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [results, setResults] = useState<{ approved: number; failed: TBulkResult[] } | null>(null);
  const approve = useMutation({
    mutationFn: () => bulkApprove(selected),
    onSuccess: async (r) => {
      setConfirming(false);
      setResults({ approved: r.approved, failed: r.results.filter((x) => !x.ok) });
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['needs'] });
    },
  });
  const reference = (id: string) => items.find((i) => i.id === id)?.reference ?? id.slice(0, 8);
  return (
    <>
      <Paper p="sm" mb="sm" component="section" aria-label={t('needs.bulk.region')}>
        <Group justify="space-between" gap="sm">
          <Text size="sm" aria-live="polite">
            {t('needs.bulk.selected', { count: selected.length })}
          </Text>
          <Button
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={selected.length === 0}
            onClick={() => setConfirming(true)}
          >
            {t('needs.bulk.approve', { count: selected.length })}
          </Button>
        </Group>
      </Paper>
      <ErrorAlert error={approve.error} />
      {results && (
        <Alert
          mb="sm"
          color={results.failed.length ? 'brick' : 'lagoon'}
          variant="light"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setResults(null)}
          title={t('needs.bulk.result', { count: results.approved })}
        >
          {results.failed.length > 0 && (
            <>
              <Text size="sm">{t('needs.bulk.blocked', { count: results.failed.length })}</Text>
              <List size="sm">
                {results.failed.map((f) => (
                  <List.Item key={f.id}>
                    {reference(f.id)} —{' '}
                    {t(
                      f.error && isKnownErrorCode(f.error.code)
                        ? `errors.${f.error.code}`
                        : 'errors.unexpected',
                    )}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('needs.bulk.confirmTitle', { count: selected.length })}
        text={t('needs.bulk.confirmText')}
        confirmLabel={t('needs.bulk.approve', { count: selected.length })}
        color="lagoon.8"
        loading={approve.isPending}
        onConfirm={() => approve.mutate()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
