import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  AGE_BANDS,
  LACKS,
  NEEDS_LIMITS,
  PARENTAL_CONSENT_BY,
  SCHOOL_LEVELS,
  SCHOOLED_SITUATIONS,
  SITUATIONS,
  UNDER_15_BANDS,
  type TAgeBand,
  type TSituation,
} from '../../../shared/needs-enums';
import { ZBeneficiaryBatch, type TBeneficiaryInput } from '../../../shared/schemas/beneficiaries';
import { createBeneficiaries } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { useDepartementOptions } from '../../hooks/use-reference-data';
import { formPathMatcher } from '../../lib/field-errors';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

interface TRow {
  reference: string;
  ageBand: string;
  situation: string;
  schoolLevel: string;
  departementCode: string;
  householdSize: number | string;
  lacks: string[];
  consentAt: string;
  parentalConsentAt: string;
  parentalConsentBy: string;
  notes: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const emptyRow = (departementCode = ''): TRow => ({
  reference: '',
  ageBand: '',
  situation: '',
  schoolLevel: '',
  departementCode,
  householdSize: 1,
  lacks: [],
  consentAt: today(),
  parentalConsentAt: '',
  parentalConsentBy: '',
  notes: '',
});

const isUnder15 = (band: string) => (UNDER_15_BANDS as readonly string[]).includes(band);
const isSchooled = (s: string) => (SCHOOLED_SITUATIONS as readonly string[]).includes(s);

function toInput(r: TRow): TBeneficiaryInput {
  const under15 = isUnder15(r.ageBand);
  return {
    reference: r.reference,
    ageBand: r.ageBand as TAgeBand,
    situation: r.situation as TSituation,
    schoolLevel: isSchooled(r.situation) && r.schoolLevel ? (r.schoolLevel as never) : null,
    departementCode: r.departementCode,
    householdSize: r.householdSize === '' ? NaN : Number(r.householdSize),
    lacks: r.lacks as TBeneficiaryInput['lacks'],
    consentAt: r.consentAt,
    parentalConsentAt: under15 ? r.parentalConsentAt || null : null,
    parentalConsentBy: under15 && r.parentalConsentBy ? (r.parentalConsentBy as never) : null,
    notes: r.notes.trim() || null,
  };
}

const FIELDS = [
  'reference',
  'ageBand',
  'situation',
  'schoolLevel',
  'departementCode',
  'householdSize',
  'lacks',
  'consentAt',
  'parentalConsentAt',
  'parentalConsentBy',
  'notes',
];
const isPath = formPathMatcher(['items'], { items: FIELDS });

/** Records one or several pseudonymous beneficiaries at once (all or nothing). */
export function BeneficiaryForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const departements = useDepartementOptions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ items: TRow[] }>({
    mode: 'controlled',
    initialValues: { items: [emptyRow()] },
    validate: schemaValidator(
      ZBeneficiaryBatch,
      (v: { items: TRow[] }) => ({ items: v.items.map(toInput) }),
      isPath,
    ),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const r = await createBeneficiaries(values.items.map(toInput));
        await queryClient.invalidateQueries({ queryKey: ['needs', 'beneficiaries'] });
        notifySuccess(t, t('needs.beneficiaries.created', { count: r.items.length }));
        onDone();
      } catch (e) {
        setError(applyApiError(form, e, isPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );
  const option = (group: string) => (v: string) => ({ value: v, label: t(`needs.${group}.${v}`) });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="beneficiary-form-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="beneficiary-form-title">
          {t('needs.beneficiaries.addTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('needs.beneficiaries.pseudonymous')}
        </Text>
        <ErrorAlert error={error} />
        {form.values.items.map((row, i) => {
          const p = `items.${i}`;
          return (
            <Fieldset key={i} legend={t('needs.beneficiaries.rowN', { n: i + 1 })} radius="md">
              {form.values.items.length > 1 && (
                <Group justify="flex-end" mt={-8} mb={4}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('needs.beneficiaries.removeRow', { n: i + 1 })}
                    onClick={() => form.removeListItem('items', i)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                <TextInput
                  label={t('needs.beneficiaries.reference')}
                  description={t('needs.beneficiaries.referenceHint')}
                  required
                  {...form.getInputProps(`${p}.reference`)}
                  error={err(`${p}.reference`)}
                />
                <Select
                  label={t('needs.beneficiaries.ageBand')}
                  required
                  data={AGE_BANDS.map(option('ageBands'))}
                  {...form.getInputProps(`${p}.ageBand`)}
                  error={err(`${p}.ageBand`)}
                />
                <Select
                  label={t('needs.beneficiaries.situation')}
                  required
                  data={SITUATIONS.map(option('situations'))}
                  {...form.getInputProps(`${p}.situation`)}
                  error={err(`${p}.situation`)}
                />
                {isSchooled(row.situation) && (
                  <Select
                    label={t('needs.beneficiaries.schoolLevel')}
                    clearable
                    data={SCHOOL_LEVELS.map(option('schoolLevels'))}
                    {...form.getInputProps(`${p}.schoolLevel`)}
                    error={err(`${p}.schoolLevel`)}
                  />
                )}
                <Select
                  label={t('needs.beneficiaries.departement')}
                  required
                  searchable
                  data={departements}
                  {...form.getInputProps(`${p}.departementCode`)}
                  error={err(`${p}.departementCode`)}
                />
                <NumberInput
                  label={t('needs.beneficiaries.householdSize')}
                  required
                  min={1}
                  max={NEEDS_LIMITS.maxHouseholdSize}
                  allowDecimal={false}
                  {...form.getInputProps(`${p}.householdSize`)}
                  error={err(`${p}.householdSize`)}
                />
                <TextInput
                  type="date"
                  label={t('needs.beneficiaries.consentAt')}
                  required
                  {...form.getInputProps(`${p}.consentAt`)}
                  error={err(`${p}.consentAt`)}
                />
              </SimpleGrid>
              <Checkbox.Group
                mt="sm"
                label={t('needs.beneficiaries.lacks')}
                withAsterisk
                {...form.getInputProps(`${p}.lacks`)}
                error={err(`${p}.lacks`)}
              >
                <Group gap="md" mt={4}>
                  {LACKS.map((l) => (
                    <Checkbox key={l} value={l} label={t(`needs.lacks.${l}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
              {isUnder15(row.ageBand) && (
                <Alert
                  color="blue"
                  variant="light"
                  mt="sm"
                  title={t('needs.beneficiaries.parentalTitle')}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      type="date"
                      label={t('needs.beneficiaries.parentalConsentAt')}
                      required
                      {...form.getInputProps(`${p}.parentalConsentAt`)}
                      error={err(`${p}.parentalConsentAt`)}
                    />
                    <Select
                      label={t('needs.beneficiaries.parentalConsentBy')}
                      required
                      data={PARENTAL_CONSENT_BY.map(option('consentBy'))}
                      {...form.getInputProps(`${p}.parentalConsentBy`)}
                      error={err(`${p}.parentalConsentBy`)}
                    />
                  </SimpleGrid>
                </Alert>
              )}
              <Textarea
                mt="sm"
                label={t('needs.beneficiaries.notes')}
                description={
                  <Group gap={4} wrap="nowrap" component="span">
                    <IconAlertTriangle size={14} aria-hidden />
                    {t('needs.beneficiaries.notesWarning')}
                  </Group>
                }
                autosize
                minRows={2}
                maxLength={NEEDS_LIMITS.maxNotesLength}
                {...form.getInputProps(`${p}.notes`)}
                error={err(`${p}.notes`)}
              />
            </Fieldset>
          );
        })}
        <Group justify="space-between" gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.insertListItem('items', emptyRow(form.values.items.at(-1)?.departementCode))
            }
          >
            {t('needs.beneficiaries.addRow')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('needs.beneficiaries.save', { count: form.values.items.length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
