import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCurrency, formatDate, formatDateTime, formatNumber } from '../i18n/format';

/** Date, number and currency formatters for the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      date: (v: Date | string | number) => formatDate(v, locale),
      dateTime: (v: Date | string | number) => formatDateTime(v, locale),
      number: (v: number) => formatNumber(v, locale),
      currency: (cents: number) => formatCurrency(cents, locale),
    }),
    [locale],
  );
}
