import type { TSessionInfo } from '../../shared/schemas/accounts';
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchSession, saveLocale } from '../api/auth';
import { setCsrfRefresher, setUnauthorizedHandler } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { useSession } from '../hooks/use-session';
import { pendingLocale, rememberPendingLocale, switchLanguage } from '../i18n';
import { resolveSessionLocale } from '../lib/locale';

/**
 * Keeps the API client and the language in step with the session: an expired session on a
 * protected call forgets the session (the guard then sends to /login?next=…), a stale CSRF
 * token is refreshed once, and at login the account's language is applied (or the one just
 * chosen on the login page is saved to the account).
 */
export function SessionEffects() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const session = useSession();
  const syncedUser = useRef<string | null>(null);

  useEffect(() => {
    setUnauthorizedHandler(() => queryClient.setQueryData(queryKeys.session, null));
    setCsrfRefresher(async () => (await fetchSession())?.csrfToken ?? null);
    return () => {
      setUnauthorizedHandler(null);
      setCsrfRefresher(null);
    };
  }, [queryClient]);

  const user = session.data?.user;
  useEffect(() => {
    if (!user) {
      syncedUser.current = null;
      return;
    }
    if (syncedUser.current === user.id) return;
    syncedUser.current = user.id;
    const { locale, shouldSave } = resolveSessionLocale({
      userLocale: user.locale,
      pendingChoice: pendingLocale(),
    });
    rememberPendingLocale(null);
    if (i18n.language !== locale) void switchLanguage(locale);
    if (shouldSave) {
      void saveLocale(locale)
        .then(() =>
          queryClient.setQueryData(queryKeys.session, (s: TSessionInfo | undefined) =>
            s ? { ...s, user: { ...s.user, locale } } : s,
          ),
        )
        .catch(() => undefined);
    }
  }, [user, i18n, queryClient]);

  return null;
}
