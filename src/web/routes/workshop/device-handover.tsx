import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TDevice } from '../../api/inventory';
import { useFormat } from '../../hooks/use-format';

/** To whom the device was handed over (the bank's staff only receive it). */
export function DeviceHandover({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const h = device.handover;
  if (!h) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="device-handover">
      <Title order={2} size="h4" id="device-handover" mb="xs">
        {t('workshop.handover.title')}
      </Title>
      <Text size="sm">
        {t('workshop.handover.to', {
          structure: h.structureName,
          reference: h.beneficiaryReference,
          form: t(`workshop.handover.forms.${h.form}`),
          date: format.date(h.handedOverOn),
        })}
      </Text>
      {h.returnDueOn && !h.returnedAt && (
        <Text size="sm">{t('workshop.handover.due', { date: format.date(h.returnDueOn) })}</Text>
      )}
      {h.returnedAt && (
        <Text size="sm">
          {t('workshop.handover.returned', { date: format.date(h.returnedAt) })}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('workshop.handover.privacy')}
      </Text>
    </Paper>
  );
}
