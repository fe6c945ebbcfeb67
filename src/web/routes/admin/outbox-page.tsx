import {
  Alert,
  Anchor,
  Badge,
  Card,
  EmptyState,
  Group,
  Paper,
  Box,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconMail } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOutbox, type TOutboxMail } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { linkify } from '../../lib/linkify';

const STATUS_COLOURS: Record<TOutboxMail['status'], string> = {
  queued: 'yellow',
  sent: 'lagoon',
  outbox: 'gray',
  failed: 'red',
};

function MailBody({ text }: { text: string }) {
  return (
    <Text size="sm" className="pre-wrap">
      {linkify(text).map((part, i) =>
        part.type === 'link' ? (
          <Anchor key={i} href={part.url} className="break-anywhere">
            {part.url}
          </Anchor>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

/** The latest mails (admins), with clickable links, so invitations work even without SMTP. */
export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useQuery({ queryKey: queryKeys.outbox, queryFn: fetchOutbox });
  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      {outbox.isPending ? (
        <PageLoader />
      ) : outbox.error ? (
        <ErrorAlert error={outbox.error} />
      ) : (
        <Stack gap="md">
          <Alert
            color={outbox.data.smtpConfigured ? 'lagoon' : 'yellow'}
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
          >
            {outbox.data.smtpConfigured ? t('outbox.smtpOn') : t('outbox.smtpOff')}
          </Alert>
          {outbox.data.items.length === 0 ? (
            <Paper p="lg">
              <EmptyState
                icon={<IconMail aria-hidden />}
                variant="light"
                title={t('outbox.empty')}
              />
            </Paper>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {outbox.data.items.map((m) => (
                <Card key={m.id} component="li" padding="md">
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                    <Title order={2} size="h4" className="break-anywhere">
                      {m.subject}
                    </Title>
                    <Badge color={STATUS_COLOURS[m.status]} style={{ flexShrink: 0 }}>
                      {t(`outbox.status.${m.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" className="break-anywhere" mt={4}>
                    {t('outbox.to', { address: m.toAddress })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('outbox.createdAt', { date: format.dateTime(m.createdAt) })}
                    {m.sentAt && ` · ${t('outbox.sentAt', { date: format.dateTime(m.sentAt) })}`}
                  </Text>
                  {m.error && (
                    <Text size="sm" c="var(--mantine-color-error)" mt={4}>
                      {t('outbox.error', { error: m.error })}
                    </Text>
                  )}
                  {/* Mails are short: shown whole (a Spoiler per card made regions with
                      identical names, which screen-reader users cannot tell apart). */}
                  <Box mt="sm">
                    <MailBody text={m.bodyText} />
                  </Box>
                </Card>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
