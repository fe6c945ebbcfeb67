import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { listSpecTierHistory, retireSpecTier, type TSpecTier } from '../../api/inventory-admin';
import { ConfirmDialog } from '../../components/common/confirm-dialog';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifyError, notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { SpecTierForm } from './spec-tier-form';
import { WORKSHOP_KEY } from './workshop-common';

/** A tier's criteria in words ("RAM ≥ 8 192 Mo, SSD ≥ 240 Go…"). */
function criteria(t: TFunction, tier: TSpecTier): string {
  const parts = [
    tier.minRamMb != null && t('workshop.tiers.critRam', { value: tier.minRamMb }),
    tier.minStorageGb != null &&
      t(tier.storageType === 'ssd' ? 'workshop.tiers.critSsd' : 'workshop.tiers.critStorage', {
        value: tier.minStorageGb,
      }),
    tier.minStorageGb == null && tier.storageType === 'ssd' && t('workshop.tiers.storageSsd'),
    tier.minBatteryPct != null && t('workshop.tiers.critBattery', { value: tier.minBatteryPct }),
    tier.minScreenInches != null && t('workshop.tiers.critScreen', { value: tier.minScreenInches }),
  ].filter((p): p is string => !!p);
  return parts.join(', ') || t('workshop.tiers.noCriteria');
}

/** The bank's spec tiers, current versions and (on demand) their history; create, edit, retire. */
export function SpecTiersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = roleCan(useActiveMembership()?.role, 'spec_tier.manage');
  const [history, setHistory] = useState(false);
  const [editing, setEditing] = useState<TSpecTier | 'new' | null>(null);
  const [retiring, setRetiring] = useState<TSpecTier | null>(null);
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: [...WORKSHOP_KEY, 'tiers'], queryFn: listSpecTierHistory });
  const retire = useMutation({
    mutationFn: (tier: TSpecTier) => retireSpecTier(tier.id),
    onSuccess: async (_r, tier) => {
      setRetiring(null);
      notifySuccess(t, t('workshop.tiers.retired', { name: tier.name }));
      await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
    },
    onError: (e) => notifyError(t, e),
  });
  const rows = [...(q.data ?? [])]
    .filter((x) => history || x.isActive)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number || b.version - a.version);
  return (
    <>
      <PageHeader
        title={t('workshop.tiers.title')}
        intro={t('workshop.tiers.intro')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('workshop.tiers.new')}
            </Button>
          )
        }
      />
      <Checkbox
        mb="md"
        label={t('workshop.tiers.showHistory')}
        checked={history}
        onChange={(e) => setHistory(e.currentTarget.checked)}
      />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Paper p="sm">
          {rows.length === 0 ? (
            <Text size="sm">{t('workshop.tiers.empty')}</Text>
          ) : (
            <ScrollTable minWidth={760} label={t('workshop.tiers.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workshop.common.kind')}</Table.Th>
                    <Table.Th>{t('workshop.tiers.number')}</Table.Th>
                    <Table.Th>{t('workshop.tiers.name')}</Table.Th>
                    <Table.Th>{t('workshop.tiers.criteria')}</Table.Th>
                    <Table.Th>{t('workshop.tiers.version')}</Table.Th>
                    <Table.Th>{t('workshop.tiers.since')}</Table.Th>
                    {canManage && <Table.Th>{t('workshop.locations.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((tier) => (
                    <Table.Tr key={tier.id}>
                      <Table.Td>{t(`workshop.kind.${tier.kind}`)}</Table.Td>
                      <Table.Td>{tier.number}</Table.Td>
                      <Table.Td>{tier.name}</Table.Td>
                      <Table.Td>{criteria(t, tier)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="dot"
                          style={{ textTransform: 'none' }}
                          color={tier.isActive ? 'green' : 'gray'}
                        >
                          {t(tier.isActive ? 'workshop.tiers.current' : 'workshop.tiers.former', {
                            version: tier.version,
                          })}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{format.date(tier.createdAt)}</Table.Td>
                      {canManage && (
                        <Table.Td>
                          {tier.isActive && (
                            <Group gap="xs" wrap="nowrap">
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setEditing(tier)}
                                aria-label={t('workshop.locations.editOf', { name: tier.name })}
                              >
                                {t('workshop.locations.edit')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setRetiring(tier)}
                                aria-label={t('workshop.tiers.retireOf', { name: tier.name })}
                              >
                                {t('workshop.tiers.retire')}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
      <ConfirmDialog
        opened={!!retiring}
        title={t('workshop.tiers.retireTitle', { name: retiring?.name ?? '' })}
        text={t('workshop.tiers.retireText')}
        confirmLabel={t('workshop.tiers.retire')}
        loading={retire.isPending}
        onConfirm={() => retiring && retire.mutate(retiring)}
        onClose={() => setRetiring(null)}
      />
      {editing && (
        <SpecTierForm tier={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
