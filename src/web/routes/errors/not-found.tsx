import { Button, EmptyState, Stack, Title } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/use-page-title';

/** The 404 page (inside the shell when logged in, on its own otherwise). */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack align="center" py="xl" gap="md">
      <Title order={1} ta="center">
        {t('notFound.title')}
      </Title>
      <EmptyState
        icon={<IconMapQuestion aria-hidden />}
        variant="light"
        description={t('notFound.text')}
      />
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
