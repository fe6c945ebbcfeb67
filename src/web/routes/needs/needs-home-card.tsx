import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import {
  IconChecklist,
  IconCircleCheck,
  IconClipboardList,
  IconInbox,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getConfirmation } from '../../api/needs';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';

/**
 * The needs area on a home page: referents go to their beneficiaries and requests, the bank's
 * staff to the applications and the requests waiting for a decision.
 */
export function NeedsHomeCard({ side }: { side: 'structure' | 'bank' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bank = side === 'bank';
  const orgId = useActiveMembership()?.organisationId ?? '';
  const confirmation = useQuery({
    queryKey: ['needs', 'structures', orgId, 'confirmation'],
    queryFn: () => getConfirmation(orgId),
    enabled: !bank && !!orgId,
  });
  const due = confirmation.data && confirmation.data.state !== 'ok' ? confirmation.data : null;
  return (
    <Paper p="lg" component="section" aria-labelledby="home-needs">
      <Title order={2} size="h3" id="home-needs" mb="xs">
        {t(bank ? 'needs.home.bankTitle' : 'needs.home.referentTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(bank ? 'needs.home.bankText' : 'needs.home.referentText')}
      </Text>
      {due && (
        <Alert color={due.state === 'overdue' ? 'red' : 'brick'} variant="light" mb="md">
          <Text size="sm">
            {t(due.state === 'overdue' ? 'needs.home.confirmOverdue' : 'needs.home.confirmDue', {
              date: format.date(due.dueOn),
            })}
          </Text>
        </Alert>
      )}
      <Group gap="sm">
        {bank ? (
          <>
            <Button
              component={Link}
              to="/review/requests"
              leftSection={<IconChecklist size={16} aria-hidden />}
            >
              {t('needs.nav.review')}
            </Button>
            <Button
              component={Link}
              to="/review/applications"
              variant="light"
              leftSection={<IconInbox size={16} aria-hidden />}
            >
              {t('needs.nav.applications')}
            </Button>
          </>
        ) : (
          <>
            <Button
              component={Link}
              to="/requests"
              leftSection={<IconClipboardList size={16} aria-hidden />}
            >
              {t('needs.nav.requests')}
            </Button>
            <Button
              component={Link}
              to="/beneficiaries"
              variant="light"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
            >
              {t('needs.nav.beneficiaries')}
            </Button>
            <Button
              component={Link}
              to={`/structures/${orgId}/confirm`}
              variant={due ? 'filled' : 'light'}
              leftSection={<IconCircleCheck size={16} aria-hidden />}
            >
              {t('needs.home.confirmDetails')}
            </Button>
            <Button
              component={Link}
              to={`/structures/${orgId}/referents`}
              variant="light"
              leftSection={<IconUserPlus size={16} aria-hidden />}
            >
              {t('needs.home.colleagues')}
            </Button>
          </>
        )}
      </Group>
    </Paper>
  );
}
