import { Badge, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWaveStatus } from '../../../shared/allocation';
import { useFormat } from '../../hooks/use-format';

const STATUS_COLOR: Record<TWaveStatus, string> = {
  draft: 'blue.9',
  confirmed: 'teal.9',
  cancelled: 'gray.8',
};

/** A wave's status, as a badge. */
export function WaveStatusBadge({ status, whatIf }: { status: TWaveStatus; whatIf?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLOR[status]} variant="filled">
        {t(`allocation.status.${status}`)}
      </Badge>
      {whatIf && (
        <Badge color="violet.9" variant="outline" ml={4}>
          {t('allocation.whatIf.badge')}
        </Badge>
      )}
    </>
  );
}

/** "12 / 15 (80 %)" with a bar; the bar is decoration, the text says it all. */
export function FillRate({ served, demanded }: { served: number; demanded: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = demanded > 0 ? served / demanded : 1;
  return (
    <div style={{ minWidth: '7rem' }}>
      <Text size="sm">
        {t('allocation.fill', {
          served: format.number(served),
          demanded: format.number(demanded),
          rate: format.number(Math.round(rate * 100)),
        })}
      </Text>
      <Progress value={rate * 100} size="sm" color={rate >= 1 ? 'green.8' : 'blue.8'} aria-hidden />
    </div>
  );
}

/** A percentage from a 0..1 rate. */
export function usePercent() {
  const format = useFormat();
  return (rate: number) => `${format.number(Math.round(rate * 1000) / 10)} %`;
}
