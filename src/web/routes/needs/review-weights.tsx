import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAdjustments, IconArrowBackUp } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import { ZWeightOverride } from '../../../shared/schemas/requests';
import {
  setLineWeight,
  type TLineWeight,
  type TRequestLine,
  type TReviewRequest,
} from '../../api/needs';
import { ApiError } from '../../api/client';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { ScrollTable } from '../../components/common/scroll-table';
import { issuesToFieldErrors } from '../../lib/field-errors';
import { needsFieldError } from './needs-common';

/** Requests whose weights no longer matter (the API refuses to change them). */
const FROZEN = new Set(['draft', 'rejected', 'withdrawn', 'closed']);

/** One term of the policy, e.g. « Urgence +150 ». */
function termText(t: TFunction, term: TLineWeight['terms'][number]) {
  const sign = term.points < 0 ? '−' : '+';
  return `${t(`needs.weightTerms.${term.code}`, term.params ?? {})} ${sign}${Math.abs(term.points)}`;
}

/** A line's weight in the decision table: the effective value, marked when overridden. */
export function WeightCell({ weight }: { weight: TLineWeight | undefined }) {
  const { t } = useTranslation();
  if (!weight) return <Text size="sm">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={600}>
        {weight.effective}
      </Text>
      {weight.override != null && (
        <Badge size="sm" variant="light" color="lagoon" style={{ textTransform: 'none' }}>
          {t('needs.weights.overridden')}
        </Badge>
      )}
    </Group>
  );
}

/** The dialog that overrides a line's weight with a reason, or removes the override. */
function WeightDialog({
  requestId,
  line,
  label,
  weight,
  clearing,
  onClose,
  onDone,
}: {
  requestId: string;
  line: TRequestLine;
  label: string;
  weight: TLineWeight;
  clearing: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(weight.override ?? weight.computed);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: async () => {
      const input = {
        weight: clearing ? null : value === '' ? NaN : Number(value),
        reason,
      };
      const checked = ZWeightOverride.safeParse(input);
      if (!checked.success) {
        const found = issuesToFieldErrors(checked.error.issues);
        setErrors(Object.fromEntries(found.map((f) => [f.path, f.code])));
        return null;
      }
      setErrors({});
      return setLineWeight(requestId, line.id, checked.data);
    },
    onSuccess: (r) => {
      if (!r) return;
      notifySuccess(t, t(clearing ? 'needs.weights.cleared' : 'needs.weights.saved'));
      onDone();
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        setErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.code])));
    },
  });
  const apiError = save.error instanceof ApiError && save.error.fields.length ? null : save.error;
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t(clearing ? 'needs.weights.clearTitle' : 'needs.weights.overrideTitle', {
        line: label,
      })}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('needs.weights.computedIs', { weight: weight.computed })}</Text>
          <ErrorAlert error={apiError} />
          {!clearing && (
            <NumberInput
              label={t('needs.weights.newWeight')}
              description={t('needs.weights.newWeightHint', {
                min: NEEDS_LIMITS.minWeight,
                max: NEEDS_LIMITS.maxWeight,
              })}
              required
              data-autofocus
              min={NEEDS_LIMITS.minWeight}
              max={NEEDS_LIMITS.maxWeight}
              allowDecimal={false}
              value={value}
              onChange={setValue}
              error={needsFieldError(t, errors.weight)}
            />
          )}
          <Textarea
            label={t('needs.weights.reason')}
            description={t('needs.weights.reasonHint')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={needsFieldError(t, errors.reason)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(clearing ? 'needs.weights.clear' : 'needs.weights.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/**
 * The weight of each line (who is served first when stock is short), with the policy's
 * breakdown, and the coordinator's override with its reason.
 */
export function LineWeights({ data, onDone }: { data: TReviewRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const r = data.request;
  const [open, setOpen] = useState<{ lineId: string; clearing: boolean } | null>(null);
  const editable = !FROZEN.has(r.status);
  const rows = r.lines
    .map((line, i) => ({
      line,
      label: `${t(`needs.kinds.${line.kind}`)} (${i + 1})`,
      weight: data.weights.find((w) => w.lineId === line.id),
    }))
    .filter((x): x is typeof x & { weight: TLineWeight } => !!x.weight);
  const current = rows.find((x) => x.line.id === open?.lineId);
  return (
    <Paper p="lg" component="section" aria-labelledby="rv-weights">
      <Title order={2} size="h3" id="rv-weights" mb="xs">
        {t('needs.weights.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('needs.weights.intro')}
      </Text>
      <ScrollTable minWidth={720} label={t('needs.weights.table')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.requestForm.kind')}</Table.Th>
              <Table.Th>{t('needs.weights.effective')}</Table.Th>
              <Table.Th>{t('needs.weights.breakdown')}</Table.Th>
              <Table.Th>{t('needs.weights.override')}</Table.Th>
              {editable && <Table.Th>{t('needs.weights.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ line, label, weight }) => (
              <Table.Tr key={line.id} data-testid={`weight-${line.kind}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                  {line.approvedQuantity != null && (
                    <Text size="xs" c="dimmed">
                      {t('needs.weights.approvedQuantity', { count: line.approvedQuantity })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {weight.effective}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <List size="xs" spacing={0}>
                    {weight.terms.map((term) => (
                      <List.Item key={term.code}>{termText(t, term)}</List.Item>
                    ))}
                  </List>
                  <Text size="xs" fw={600} mt={2}>
                    {t('needs.weights.computedShort', { weight: weight.computed })}
                  </Text>
                </Table.Td>
                <Table.Td className="break-anywhere">
                  {weight.override != null ? (
                    <>
                      <Text size="sm" fw={600}>
                        {weight.override}
                      </Text>
                      <Text size="xs">{line.weightOverrideReason ?? ''}</Text>
                    </>
                  ) : (
                    <Text size="sm">{t('needs.weights.none')}</Text>
                  )}
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconAdjustments size={14} aria-hidden />}
                        aria-label={t('needs.weights.overrideFor', { line: label })}
                        onClick={() => setOpen({ lineId: line.id, clearing: false })}
                      >
                        {t('needs.weights.overrideAction')}
                      </Button>
                      {weight.override != null && (
                        <Button
                          size="xs"
                          variant="subtle"
                          leftSection={<IconArrowBackUp size={14} aria-hidden />}
                          aria-label={t('needs.weights.clearFor', { line: label })}
                          onClick={() => setOpen({ lineId: line.id, clearing: true })}
                        >
                          {t('needs.weights.clear')}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {current && open && (
        <WeightDialog
          requestId={r.id}
          line={current.line}
          label={current.label}
          weight={current.weight}
          clearing={open.clearing}
          onClose={() => setOpen(null)}
          onDone={onDone}
        />
      )}
    </Paper>
  );
}
