import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../shared/enums';
import { ZReferentInvite } from '../../../shared/schemas/structure-applications';
import { getOrganisation } from '../../api/organisations';
import { inviteReferent, listReferents } from '../../api/needs';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { formPathMatcher } from '../../lib/field-errors';
import { applyApiError, needsFieldError, schemaValidator } from './needs-common';

const isInvitePath = formPathMatcher(['email', 'displayName', 'locale']);

/** A structure's referents, and inviting a colleague. */
export function StructureReferentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const org = useQuery({
    queryKey: queryKeys.organisation(id),
    queryFn: () => getOrganisation(id),
  });
  const list = useQuery({
    queryKey: ['needs', 'structures', id, 'referents'],
    queryFn: () => listReferents(id),
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', displayName: '', locale: 'fr' },
    validate: schemaValidator(ZReferentInvite, (v) => v, isInvitePath),
  });
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        await inviteReferent(id, {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          locale: values.locale as (typeof LOCALES)[number],
        });
        notifySuccess(t, t('needs.structure.invited', { email: values.email.trim() }));
        form.reset();
        await queryClient.invalidateQueries({ queryKey: ['needs', 'structures', id] });
      } catch (e) {
        setError(applyApiError(form, e, isInvitePath));
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );
  return (
    <>
      <PageHeader
        title={t('needs.structure.referentsTitle')}
        intro={org.data?.name ?? t('needs.structure.referentsIntro')}
      />
      <Stack gap="lg">
        <Paper p="lg" component="section" aria-labelledby="st-list">
          <Title order={2} size="h3" id="st-list" mb="sm">
            {t('needs.structure.referentsList')}
          </Title>
          {list.isPending ? (
            <PageLoader />
          ) : list.error ? (
            <ErrorAlert error={list.error} />
          ) : (
            <ScrollTable minWidth={480} label={t('needs.structure.referentsTable')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('needs.structure.displayName')}</Table.Th>
                    <Table.Th>{t('needs.structure.email')}</Table.Th>
                    <Table.Th>{t('needs.structure.account')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((r) => (
                    <Table.Tr key={r.userId}>
                      <Table.Td>{r.displayName}</Table.Td>
                      <Table.Td className="break-anywhere">{r.email}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={r.hasAccount ? 'lagoon' : 'gray'}
                          style={{ textTransform: 'none' }}
                        >
                          {t(r.hasAccount ? 'needs.structure.active' : 'needs.structure.pending')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
        <Paper p="lg" component="section" aria-labelledby="st-invite">
          <Title order={2} size="h3" id="st-invite" mb="xs">
            {t('needs.structure.inviteTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('needs.structure.inviteHint')}
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <ErrorAlert error={error} />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('needs.structure.displayName')}
                  required
                  {...form.getInputProps('displayName')}
                  error={err('displayName')}
                />
                <TextInput
                  type="email"
                  label={t('needs.structure.email')}
                  required
                  {...form.getInputProps('email')}
                  error={err('email')}
                />
                <Select
                  label={t('needs.structure.locale')}
                  allowDeselect={false}
                  data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
                  {...form.getInputProps('locale')}
                />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button
                  type="submit"
                  loading={form.submitting}
                  leftSection={<IconUserPlus size={16} aria-hidden />}
                >
                  {t('needs.structure.invite')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </>
  );
}
