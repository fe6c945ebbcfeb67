import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import {
  ZStructureConfirmation,
  type TStructureConfirmation,
} from '../../../shared/schemas/structure-applications';
import { getOrganisation, type TOrganisationDetail } from '../../api/organisations';
import { confirmStructure, getConfirmation } from '../../api/needs';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { formPathMatcher } from '../../lib/field-errors';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

/** What the organisation page returns beyond the shared type (structures' own details). */
type TStructure = TOrganisationDetail & {
  publicServed?: string | null;
  expectedBeneficiaries?: number | null;
};

interface TConfirmValues {
  email: string;
  phone: string;
  publicServed: string;
  expectedBeneficiaries: number | string;
}

const toConfirmation = (v: TConfirmValues): TStructureConfirmation => ({
  email: v.email.trim(),
  phone: v.phone.trim(),
  publicServed: v.publicServed.trim(),
  ...(v.expectedBeneficiaries === ''
    ? {}
    : { expectedBeneficiaries: Number(v.expectedBeneficiaries) }),
});
const isConfirmPath = formPathMatcher(['email', 'phone', 'publicServed', 'expectedBeneficiaries']);

function ConfirmForm({ structure, onDone }: { structure: TStructure; onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<TConfirmValues>({
    mode: 'controlled',
    initialValues: {
      email: structure.email ?? '',
      phone: structure.phone ?? '',
      publicServed: structure.publicServed ?? '',
      expectedBeneficiaries: structure.expectedBeneficiaries ?? '',
    },
    validate: schemaValidator(ZStructureConfirmation, toConfirmation, isConfirmPath),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        await confirmStructure(structure.id, toConfirmation(values));
        notifySuccess(t, t('needs.structure.confirmed'));
        onDone();
      } catch (e) {
        setError(applyApiError(form, e, isConfirmPath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );
  return (
    <Paper p="lg" component="section" aria-labelledby="st-details">
      <Title order={2} size="h3" id="st-details" mb="xs">
        {t('needs.structure.detailsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('needs.structure.detailsHint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="email"
              label={t('needs.apply.email')}
              {...form.getInputProps('email')}
              error={err('email')}
            />
            <TextInput
              label={t('needs.apply.phone')}
              {...form.getInputProps('phone')}
              error={err('phone')}
            />
          </SimpleGrid>
          <Textarea
            label={t('needs.apply.publicServed')}
            autosize
            minRows={2}
            {...form.getInputProps('publicServed')}
            error={err('publicServed')}
          />
          <NumberInput
            label={t('needs.apply.expected')}
            min={1}
            max={NEEDS_LIMITS.maxExpectedBeneficiaries}
            allowDecimal={false}
            maw={240}
            {...form.getInputProps('expectedBeneficiaries')}
            error={err('expectedBeneficiaries')}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={form.submitting}
              leftSection={<IconCircleCheck size={16} aria-hidden />}
            >
              {t('needs.structure.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The structure's yearly confirmation: when it is due, and the details to check and confirm. */
export function StructureConfirmPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const org = useQuery({
    queryKey: queryKeys.organisation(id),
    queryFn: () => getOrganisation(id),
  });
  const status = useQuery({
    queryKey: ['needs', 'structures', id, 'confirmation'],
    queryFn: () => getConfirmation(id),
  });
  if (org.isPending || status.isPending) return <PageLoader />;
  if (org.error || status.error) return <ErrorAlert error={org.error ?? status.error} />;
  const s = status.data;
  return (
    <>
      <PageHeader title={t('needs.structure.confirmTitle')} intro={org.data.name} />
      <Stack gap="lg">
        <Alert
          color={s.state === 'overdue' ? 'red' : s.state === 'due_soon' ? 'brick' : 'lagoon'}
          variant="light"
          title={t(`needs.structure.state.${s.state}`)}
        >
          <Text size="sm">
            {s.confirmedAt
              ? t('needs.structure.lastConfirmed', { date: format.date(s.confirmedAt) })
              : t('needs.structure.neverConfirmed')}{' '}
            {t('needs.structure.dueOn', { date: format.date(s.dueOn) })}
          </Text>
        </Alert>
        <ConfirmForm
          key={s.confirmedAt ?? 'never'}
          structure={org.data as TStructure}
          onDone={() => void queryClient.invalidateQueries()}
        />
        <Text size="sm">
          <Anchor component={Link} to={`/structures/${id}/referents`}>
            {t('needs.structure.referentsLink')}
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}
