import { Suspense, useEffect, useRef } from 'react';
import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIsWide } from '../../hooks/use-is-wide';
import { PageErrorBoundary } from '../common/page-error-boundary';
import { PageLoader } from '../common/page-loader';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';

/**
 * The logged-in shell: skip link, header, navigation (a drawer under 48em, made inert while
 * closed so keyboard users never land in it) and the main region, focused after each
 * navigation so screen readers start at the new page.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isWide = useIsWide();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    close();
    mainRef.current?.focus();
  }, [pathname, close]);

  useEffect(() => {
    if (!opened) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, close]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header bg="white">
        <AppHeader navOpened={opened} onToggleNav={toggle} isWide={isWide} />
      </AppShell.Header>
      <AppShell.Navbar
        id="main-navigation"
        aria-label={t('shell.mainNavigation')}
        inert={!isWide && !opened}
        bg="white"
      >
        <AppNav onNavigate={close} isWide={isWide} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} ref={mainRef} bg="var(--passerelle-page-bg)">
        <Container size="lg" px={0} py={{ base: 'xs', sm: 'md' }}>
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
