import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TLocale } from '../../shared/enums';
import type { TSessionInfo } from '../../shared/schemas/accounts';
import { saveLocale } from '../api/auth';
import { queryKeys } from '../api/query-keys';
import { rememberPendingLocale, switchLanguage } from '../i18n';
import { parseLocale } from '../lib/locale';
import { notifyError } from '../components/common/notify';

/**
 * The current language and a way to change it: remembered in the browser, and saved to the
 * account when logged in (otherwise kept to be saved at the next login).
 */
export function useLocale() {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  const locale = parseLocale(i18n.language) ?? 'fr';
  const setLocale = useCallback(
    async (next: TLocale) => {
      await switchLanguage(next);
      const session = queryClient.getQueryData<TSessionInfo | null>(queryKeys.session);
      if (!session) {
        rememberPendingLocale(next);
        return;
      }
      try {
        await saveLocale(next);
        queryClient.setQueryData<TSessionInfo | null>(queryKeys.session, (s) =>
          s ? { ...s, user: { ...s.user, locale: next } } : s,
        );
      } catch (e) {
        notifyError(t, e);
      }
    },
    [queryClient, t],
  );
  return { locale, setLocale };
}
