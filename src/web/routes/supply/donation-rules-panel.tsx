import { Alert, List } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getDonationRules, supplyKeys } from '../../api/supply';

/** The minimum rules a lot must meet, shown before declaring (logged in or public form). */
export function RulesPanel() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: supplyKeys.rules, queryFn: getDonationRules });
  if (!rules.data) return null;
  const { kinds, minDevicesPerLot } = rules.data.rules;
  return (
    <Alert
      icon={<IconInfoCircle aria-hidden />}
      title={t('supply.rules.title')}
      color="lagoon"
      variant="light"
    >
      <List size="sm">
        <List.Item>{t('supply.rules.minDevices', { count: minDevicesPerLot })}</List.Item>
        {Object.entries(kinds).map(([kind, r]) => (
          <List.Item key={kind}>
            {t('supply.rules.kind', {
              kind: t(`supply.kindsPlural.${kind}`),
              age: r.underYears
                ? t('supply.rules.underYears', { count: r.underYears })
                : t('supply.rules.anyAge'),
              working: r.acceptsNotWorking
                ? t('supply.rules.notWorkingAccepted')
                : t('supply.rules.workingOnly'),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
