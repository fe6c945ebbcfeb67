import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getDeviceHistory, type THistoryEntry } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { WORKSHOP_KEY } from './workshop-common';

type TDetails = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const named = (v: unknown) => str((v as { name?: unknown } | null)?.name);

/** The title and the explanation lines of one history entry. */
function describe(t: TFunction, e: THistoryEntry): { title: string; lines: string[] } {
  const d = e.details as TDetails;
  const lines: string[] = [];
  if (e.source === 'step') {
    lines.push(
      t('workshop.history.stepLine', {
        step: t(`workshop.step.${e.type}`),
        result: t(`workshop.stepResult.${String(d.result)}`),
      }),
    );
    if (typeof d.minutesSpent === 'number') {
      lines.push(t('workshop.history.minutes', { count: d.minutesSpent }));
    }
    if (str(d.notes)) lines.push(String(d.notes));
    return { title: t(`workshop.step.${e.type}`), lines };
  }
  if (e.source === 'erasure') {
    const drive = d.drive as { label?: string } | undefined;
    lines.push(
      t('workshop.history.erasureLine', {
        drive: drive?.label ?? '?',
        method: t(`workshop.method.${e.type}`),
        standard: t(`workshop.standard.${String(d.standard)}`),
        result: t(`workshop.erasureResult.${String(d.result)}`),
      }),
    );
    if (str(d.tool)) {
      lines.push(
        t('workshop.history.tool', { tool: [d.tool, d.toolVersion].filter(Boolean).join(' ') }),
      );
    }
    return { title: t('workshop.step.erasure'), lines };
  }
  const from = str(d.fromState);
  const to = str(d.toState);
  if (to && from !== to) {
    lines.push(
      t('workshop.history.stateChange', {
        from: from ? t(`workshop.state.${from}`) : '∅',
        to: t(`workshop.state.${to}`),
      }),
    );
  }
  const fromLoc = named(d.fromLocation);
  const toLoc = named(d.toLocation);
  if (toLoc && fromLoc !== toLoc) {
    lines.push(t('workshop.history.locationChange', { from: fromLoc ?? '∅', to: toLoc }));
  }
  if (str(d.grade)) lines.push(t('workshop.history.gradeLine', { grade: d.grade }));
  if (typeof d.tier === 'number') lines.push(t('workshop.history.tierLine', { tier: d.tier }));
  if (str(d.reason)) lines.push(t('workshop.history.reason', { reason: d.reason }));
  const event = str((d.evidence as TDetails | null)?.event);
  const title =
    e.type === 'transition' && event
      ? t(`workshop.event.${event}`)
      : t(`workshop.ledger.${e.type}`);
  return { title, lines };
}

/** Everything that happened to the device: ledger events, workshop steps and erasures. */
export function DeviceHistory({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const q = useQuery({
    queryKey: [...WORKSHOP_KEY, 'history', deviceId],
    queryFn: () => getDeviceHistory(deviceId),
  });
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="md">
        {t('workshop.history.title')}
      </Title>
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : q.data.entries.length === 0 ? (
        <Text size="sm">{t('workshop.history.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {q.data.entries.map((e, i) => {
            const { title, lines } = describe(t, e);
            return (
              <Timeline.Item key={i} title={title}>
                {lines.map((l, j) => (
                  <Text key={j} size="sm" className="break-anywhere">
                    {l}
                  </Text>
                ))}
                <Text size="xs" c="dimmed">
                  {format.dateTime(e.at)} ·{' '}
                  {e.actor.name
                    ? t('workshop.history.by', { name: e.actor.name })
                    : t('workshop.history.system')}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
