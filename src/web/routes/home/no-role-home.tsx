import { EmptyState, Paper } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Home of an account without any membership yet. */
export function NoRoleHome() {
  const { t } = useTranslation();
  return (
    <Paper p="lg">
      <EmptyState
        icon={<IconUserQuestion aria-hidden />}
        variant="light"
        title={t('home.none.title')}
        description={t('home.none.text')}
      />
    </Paper>
  );
}
