import { Paper, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listDiscrepancies, logisticsKeys } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { DiscrepancyCard } from './discrepancy-resolve';

/** The coordinator's desk of open differences between what was shipped and what arrived. */
export function DiscrepanciesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: logisticsKeys.discrepancies, queryFn: listDiscrepancies });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
  return (
    <>
      <PageHeader
        title={t('logistics.nav.discrepancies')}
        intro={t('logistics.discrepancy.intro')}
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper p="lg">
          <Text>{t('logistics.discrepancy.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="sm">
          {list.data.items.map((d) => (
            <DiscrepancyCard
              key={d.id}
              d={d}
              shipment={{ id: d.shipmentId, reference: d.shipment, structureName: d.structureName }}
              canResolve
              onDone={refresh}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
