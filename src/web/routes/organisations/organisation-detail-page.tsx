import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconEdit, IconInfoCircle, IconPower, IconTruck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  getOrganisation,
  setOrganisationActive,
  type TOrganisationDetail,
} from '../../api/organisations';
import { queryKeys } from '../../api/query-keys';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { NotFoundPage } from '../errors/not-found';
import { ApiError } from '../../api/client';
import { notifyError, notifySuccess } from '../../components/common/notify';

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** An organisation's page: identity, contact, networks, addresses, and actions for the bank. */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: queryKeys.organisation(id), queryFn: () => getOrganisation(id) });
  if (q.isPending) return <PageLoader />;
  if (q.error instanceof ApiError && q.error.status === 404) return <NotFoundPage />;
  if (q.error) return <ErrorAlert error={q.error} />;
  return <OrganisationDetail organisation={q.data} />;
}

function OrganisationDetail({ organisation: o }: { organisation: TOrganisationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const membership = useActiveMembership();
  const canList = roleCan(membership?.role, 'organisation.list');
  const canUpdate = roleCan(membership?.role, 'organisation.update');
  const [confirming, setConfirming] = useState(false);
  const toggle = useMutation({
    mutationFn: (isActive: boolean) => setOrganisationActive(o.id, isActive),
    onSuccess: async (_r, isActive) => {
      setConfirming(false);
      notifySuccess(
        t,
        t(isActive ? 'organisations.detail.reactivated' : 'organisations.detail.deactivated', {
          name: o.name,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisationsAll });
    },
    onError: (e) => notifyError(t, e),
  });
  const none = (
    <Text span c="dimmed">
      {t('common.notProvided')}
    </Text>
  );

  return (
    <>
      <PageHeader
        title={o.name}
        before={
          canList && (
            <Anchor component={Link} to="/organisations" size="sm">
              <Group gap={4} component="span">
                <IconArrowLeft size={16} aria-hidden />
                {t('organisations.detail.backToList')}
              </Group>
            </Anchor>
          )
        }
        intro={
          <Group gap="xs" component="span">
            <Badge variant="light">{t(`kinds.${o.kind}`)}</Badge>
            {!o.isActive && <Badge color="gray">{t('organisations.status.inactive')}</Badge>}
          </Group>
        }
        actions={
          canUpdate && (
            <>
              <Button
                component={Link}
                to={`/organisations/${o.id}/edit`}
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t('common.edit')}
              </Button>
              {o.isActive ? (
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconPower size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                >
                  {t('organisations.detail.deactivate')}
                </Button>
              ) : (
                <Button
                  variant="default"
                  loading={toggle.isPending}
                  onClick={() => toggle.mutate(true)}
                >
                  {t('organisations.detail.reactivate')}
                </Button>
              )}
            </>
          )
        }
      />
      <Stack gap="lg">
        {!o.isActive && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('organisations.detail.inactiveNotice')}
          </Alert>
        )}
        <Paper p="lg" component="section" aria-labelledby="org-identity">
          <Title order={2} size="h3" id="org-identity" mb="md">
            {t('organisations.detail.identity')}
          </Title>
          <DataList labelWidth="11rem" withDivider>
            <Field label={t('organisations.detail.legalId')} value={o.legalId ?? none} />
            {o.kind === 'structure' && (
              <Field
                label={t('organisations.detail.structureType')}
                value={o.structureType ? t(`structureTypes.${o.structureType}`) : none}
              />
            )}
            <Field
              label={t('organisations.detail.email')}
              value={
                o.email ? (
                  <Anchor href={`mailto:${o.email}`} className="break-anywhere">
                    {o.email}
                  </Anchor>
                ) : (
                  none
                )
              }
            />
            <Field
              label={t('organisations.detail.phone')}
              value={
                o.phone ? (
                  <Anchor href={`tel:${o.phone.replace(/\s/g, '')}`}>{o.phone}</Anchor>
                ) : (
                  none
                )
              }
            />
            <Field
              label={t('organisations.detail.departement')}
              value={o.departementCode ?? none}
            />
            {o.kind === 'structure' && (
              <Field
                label={t('organisations.detail.networks')}
                value={
                  o.networks.length
                    ? o.networks.map((n) => n.name).join(', ')
                    : t('organisations.detail.noNetwork')
                }
              />
            )}
          </DataList>
        </Paper>
        <section aria-labelledby="org-addresses">
          <Title order={2} size="h3" id="org-addresses" mb="sm">
            {t('organisations.detail.addresses')}
          </Title>
          {o.addresses.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('organisations.detail.noAddress')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {o.addresses.map((a, i) => (
                <Paper key={`${a.label}-${i}`} p="md">
                  <Group justify="space-between" gap="xs" mb={4}>
                    <Text fw={600}>{a.label}</Text>
                    {a.isDelivery && (
                      <Badge color="lagoon" leftSection={<IconTruck size={12} aria-hidden />}>
                        {t('organisations.detail.delivery')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
                    {a.line1}
                    {a.line2 && (
                      <>
                        <br />
                        {a.line2}
                      </>
                    )}
                    <br />
                    {a.postalCode} {a.communeName}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </section>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('organisations.detail.deactivateTitle', { name: o.name })}
        text={t('organisations.detail.deactivateText')}
        confirmLabel={t('organisations.detail.deactivate')}
        loading={toggle.isPending}
        onConfirm={() => toggle.mutate(false)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
