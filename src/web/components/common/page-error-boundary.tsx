import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('common.pageLoadFailed')}
      </Title>
      <Alert color="red" variant="light" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('common.pageLoadFailedDetail')}</Text>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('common.reloadPage')}
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}

/**
 * Catches a page that failed to render — most often its code chunk that could not be
 * fetched (a dropped phone connection, or a new version deployed since the app was opened) —
 * and offers to reload, instead of leaving a blank screen. Give it a `key` per page so that
 * navigating elsewhere starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}
