import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconChecklist, IconClipboardList, IconInbox, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The needs area on a home page: referents go to their beneficiaries and requests, the bank's
 * staff to the applications and the requests waiting for a decision.
 */
export function NeedsHomeCard({ side }: { side: 'structure' | 'bank' }) {
  const { t } = useTranslation();
  const bank = side === 'bank';
  return (
    <Paper p="lg" component="section" aria-labelledby="home-needs">
      <Title order={2} size="h3" id="home-needs" mb="xs">
        {t(bank ? 'needs.home.bankTitle' : 'needs.home.referentTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(bank ? 'needs.home.bankText' : 'needs.home.referentText')}
      </Text>
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
          </>
        )}
      </Group>
    </Paper>
  );
}
