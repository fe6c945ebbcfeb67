import { Button, EmptyState, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/use-page-title';

/** Shown when the active role may not see a page (the API would refuse it too). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack align="center" py="xl" gap="md">
      <Title order={1} ta="center">
        {t('forbidden.title')}
      </Title>
      <EmptyState
        icon={<IconLock aria-hidden />}
        variant="light"
        description={t('forbidden.text')}
      />
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
