import { useState } from 'react';
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  adminKeys,
  listCarriersAdmin,
  logisticsKeys,
  rotateCarrierSecret,
  type TCarrierAdmin,
} from '../../api/logistics';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { CarrierForm } from './carrier-form';
import { CarrierSecret } from './carrier-secret';
import { LogisticsSettingsSection } from './logistics-settings-section';

/**
 * Carriers (admins): the list, a new carrier, a new webhook secret — each secret shown once —,
 * and the delays of logistics reminders and follow-up questions.
 */
export function CarriersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<{ name: string; webhookSecret: string } | null>(null);
  const [rotating, setRotating] = useState<TCarrierAdmin | null>(null);
  const list = useQuery({ queryKey: adminKeys.carriers, queryFn: listCarriersAdmin });
  const rotate = useMutation({
    mutationFn: (c: TCarrierAdmin) => rotateCarrierSecret(c.id),
    onSuccess: (r, c) => {
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.carriers });
      setRotating(null);
      setSecret({ name: c.name, webhookSecret: r.webhookSecret });
    },
  });
  return (
    <>
      <PageHeader title={t('logistics.nav.carriers')} intro={t('logistics.carriers.intro')} />
      <Stack gap="lg">
        {secret && (
          <CarrierSecret
            carrierName={secret.name}
            secret={secret.webhookSecret}
            onDone={() => setSecret(null)}
          />
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="carriers-list">
          <Title order={2} size="h4" id="carriers-list" mb="sm">
            {t('logistics.carriers.listTitle')}
          </Title>
          {list.isPending && <PageLoader />}
          <ErrorAlert error={list.error ?? rotate.error} />
          {list.data &&
            (list.data.items.length === 0 ? (
              <Text size="sm">{t('logistics.carriers.empty')}</Text>
            ) : (
              <ScrollTable minWidth={560} label={t('logistics.carriers.table')}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('logistics.carriers.name')}</Table.Th>
                      <Table.Th>{t('logistics.carriers.code')}</Table.Th>
                      <Table.Th>{t('logistics.carriers.state')}</Table.Th>
                      <Table.Th>{t('logistics.carriers.webhook')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>{c.name}</Table.Td>
                        <Table.Td ff="monospace">{c.code}</Table.Td>
                        <Table.Td>
                          <Badge color={c.isActive ? 'teal.9' : 'gray.8'} variant="filled">
                            {c.isActive
                              ? t('logistics.carriers.active')
                              : t('logistics.carriers.inactive')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setRotating(c)}
                            aria-label={t('logistics.carriers.rotateFor', { name: c.name })}
                          >
                            {c.hasWebhookSecret
                              ? t('logistics.carriers.rotate')
                              : t('logistics.carriers.issue')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            ))}
        </Paper>
        <CarrierForm
          onCreated={(c) => setSecret({ name: c.name, webhookSecret: c.webhookSecret })}
        />
        <LogisticsSettingsSection />
      </Stack>
      <ConfirmDialog
        opened={!!rotating}
        title={t('logistics.carriers.rotateTitle', { name: rotating?.name ?? '' })}
        text={t('logistics.carriers.rotateText')}
        confirmLabel={t('logistics.carriers.rotate')}
        loading={rotate.isPending}
        onConfirm={() => rotating && rotate.mutate(rotating)}
        onClose={() => setRotating(null)}
      />
    </>
  );
}
