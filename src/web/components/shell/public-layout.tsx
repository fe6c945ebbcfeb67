import { Suspense, type ReactNode } from 'react';
import { Box, Center, Container, Group, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsWide } from '../../hooks/use-is-wide';
import { PageErrorBoundary } from '../common/page-error-boundary';
import { PageLoader } from '../common/page-loader';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

/**
 * Pages before login (login, forgotten password, invitation…): the bank's brand and the
 * language switch on top, one card in the middle.
 */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isWide = useIsWide();
  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'linear-gradient(180deg, var(--mantine-color-brick-0) 0%, var(--passerelle-page-bg) 60%)',
      }}
    >
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <Box component="header" py="md" px={{ base: 'sm', sm: 'lg' }}>
        <Group justify="space-between" wrap="nowrap" gap="sm" preventGrowOverflow={false}>
          <Box style={{ flex: '1 1 auto', minWidth: 0 }}>
            <Brand size={isWide ? 'lg' : 'md'} />
          </Box>
          <Box style={{ flexShrink: 0 }}>
            <LanguageSwitch />
          </Box>
        </Group>
      </Box>
      <Center component="main" id="main-content" tabIndex={-1} px="sm" pb="xl">
        <Container size={440} w="100%" px={0}>
          <Paper p={{ base: 'lg', sm: 'xl' }} shadow="sm">
            <PageErrorBoundary>
              <Suspense fallback={<PageLoader />}>{children}</Suspense>
            </PageErrorBoundary>
          </Paper>
        </Container>
      </Center>
    </Box>
  );
}
