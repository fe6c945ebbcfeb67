import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEVICE_KINDS, type TDeviceKind } from '../../../shared/inventory';
import {
  getDonationRules,
  supplyKeys,
  updateDonationRules,
  type TDonationRules,
} from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { BackLink } from './supply-common';

interface TRow {
  accepted: boolean;
  underYears: number | string;
  acceptsNotWorking: boolean;
}

function rowsOf(rules: TDonationRules): Record<string, TRow> {
  return Object.fromEntries(
    DEVICE_KINDS.map((k) => {
      const r = rules.kinds[k];
      return [
        k,
        {
          accepted: !!r,
          underYears: r?.underYears ?? '',
          acceptsNotWorking: !!r?.acceptsNotWorking,
        },
      ];
    }),
  );
}

/** The minimum rules a lot must meet (administrators), shown to donors before declaring. */
export function RulesPage() {
  const q = useQuery({ queryKey: supplyKeys.rules, queryFn: getDonationRules });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  return <RulesForm rules={q.data.rules} />;
}

function RulesForm({ rules }: { rules: TDonationRules }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Record<string, TRow>>(() => rowsOf(rules));
  const [min, setMin] = useState<number | string>(rules.minDevicesPerLot);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const patch = (k: string, p: Partial<TRow>) =>
    setRows((r) => ({ ...r, [k]: { ...r[k]!, ...p } }));
  async function save() {
    setError(null);
    setBusy(true);
    try {
      const kinds: TDonationRules['kinds'] = {};
      for (const k of DEVICE_KINDS) {
        const r = rows[k];
        if (!r?.accepted) continue;
        kinds[k as TDeviceKind] = {
          underYears: r.underYears === '' ? null : Number(r.underYears),
          acceptsNotWorking: r.acceptsNotWorking,
        };
      }
      await updateDonationRules({ kinds, minDevicesPerLot: Number(min) });
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.rules.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('supply.rules.pageTitle')}
        intro={t('supply.rules.intro')}
        before={<BackLink to="/donations" label={t('supply.lots.back')} />}
      />
      <Stack gap="lg">
        <ErrorAlert error={error} />
        <Paper p="lg">
          <NumberInput
            label={t('supply.rules.minDevicesLabel')}
            min={1}
            value={min}
            onChange={setMin}
            w={{ base: '100%', xs: 260 }}
            mb="md"
          />
          <ScrollTable minWidth={560} label={t('supply.rules.pageTitle')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.line.kind')}</Table.Th>
                  <Table.Th>{t('supply.rules.accepted')}</Table.Th>
                  <Table.Th>{t('supply.rules.underYearsLabel')}</Table.Th>
                  <Table.Th>{t('supply.rules.notWorking')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {DEVICE_KINDS.map((k) => {
                  const r = rows[k];
                  const kind = t(`supply.kinds.${k}`);
                  if (!r) return null;
                  return (
                    <Table.Tr key={k}>
                      <Table.Td>{kind}</Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('supply.rules.acceptedOf', { kind })}
                          checked={r.accepted}
                          onChange={(e) => patch(k, { accepted: e.currentTarget.checked })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('supply.rules.underYearsOf', { kind })}
                          min={1}
                          disabled={!r.accepted}
                          value={r.underYears}
                          onChange={(v) => patch(k, { underYears: v })}
                          w={120}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('supply.rules.notWorkingOf', { kind })}
                          disabled={!r.accepted}
                          checked={r.acceptsNotWorking}
                          onChange={(e) => patch(k, { acceptsNotWorking: e.currentTarget.checked })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Paper>
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
