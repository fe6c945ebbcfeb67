import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, listFollowUps } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { FollowUpCard } from './follow-up-card';

/**
 * Follow-up questions due for the structure's handovers (the reminder mail links here), one
 * short form per device; the answers feed the impact figures.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: adminKeys.followUps, queryFn: listFollowUps });
  return (
    <>
      <PageHeader title={t('logistics.nav.followUps')} intro={t('logistics.followUps.intro')} />
      {list.isPending && <PageLoader />}
      <ErrorAlert error={list.error} />
      {list.data &&
        (list.data.items.length === 0 ? (
          <Paper withBorder p="md">
            <Text size="sm">{t('logistics.followUps.empty')}</Text>
          </Paper>
        ) : (
          <Stack gap="md">
            {list.data.items.map((f) => (
              <FollowUpCard key={f.id} followUp={f} />
            ))}
          </Stack>
        ))}
    </>
  );
}
