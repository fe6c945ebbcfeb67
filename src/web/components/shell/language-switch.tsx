import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type TLocale } from '../../../shared/enums';
import { useLocale } from '../../hooks/use-locale';

/**
 * The language switch: a radio group named « Langue » / "Language" whose options keep their
 * own name (Français, English) so everyone finds theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <SegmentedControl
      aria-label={t('shell.language')}
      size="xs"
      value={locale}
      onChange={(v) => void setLocale(v as TLocale)}
      data={LOCALES.map((l) => ({
        value: l,
        label: <span lang={l}>{t(`locales.${l}`)}</span>,
      }))}
    />
  );
}
