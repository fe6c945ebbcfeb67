import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './use-settings';

/** Sets the browser tab's title: « Page · Bank name », updated with the language. */
export function usePageTitle(page: string) {
  const { t } = useTranslation();
  const { bankName } = useSettings();
  useEffect(() => {
    document.title = t('common.pageTitle', { page, bank: bankName });
  }, [t, page, bankName]);
}
