import { Anchor, Badge, Card, Code, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAuditEvent } from '../../api/platform';
import { useFormat } from '../../hooks/use-format';
import { auditValueText, diffAudit } from '../../lib/audit-diff';

/** One audit event: what, who, when, and its changes field by field. */
export function AuditEventCard({ event }: { event: TAuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changes = diffAudit(event.before, event.after);
  const empty = (
    <Text span size="sm" c="dimmed">
      {t('audit.empty_value')}
    </Text>
  );
  const value = (v: unknown) =>
    v === undefined || v === null || v === '' ? empty : auditValueText(v);
  const entityId =
    event.entityType === 'organisation' ? (
      <Anchor component={Link} to={`/organisations/${event.entityId}`} size="sm">
        {event.entityId}
      </Anchor>
    ) : (
      event.entityId
    );
  return (
    <Card component="li" padding="md">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Badge variant="light" tt="none" size="lg" fw={600}>
          {event.action}
        </Badge>
        <Text size="sm" c="dimmed">
          <time dateTime={event.at}>{format.dateTime(event.at)}</time>
        </Text>
      </Group>
      <Text size="sm" mt="xs" className="break-anywhere">
        {t('audit.by', { actor: event.actorEmail ?? t('audit.system') })}
      </Text>
      <Text size="sm" className="break-anywhere">
        {t('audit.entity', { type: event.entityType, id: '' })}
        {entityId}
      </Text>
      {event.requestId && (
        <Text size="xs" c="dimmed" className="break-anywhere">
          {t('audit.request', { id: '' })}
          <Code>{event.requestId}</Code>
        </Text>
      )}
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('audit.noChanges')}
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" layout="fixed" mt="sm">
          <Table.Caption className="visually-hidden">
            {t('audit.changesCaption', { id: event.id })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.field')}</Table.Th>
              <Table.Th scope="col">{t('audit.before')}</Table.Th>
              <Table.Th scope="col">{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c) => (
              <Table.Tr key={c.path}>
                <Table.Th scope="row" fw={500}>
                  <Code>{c.path}</Code>
                </Table.Th>
                <Table.Td
                  className="break-anywhere"
                  bg={c.kind !== 'added' ? 'var(--mantine-color-red-0)' : undefined}
                >
                  {value(c.before)}
                </Table.Td>
                <Table.Td
                  className="break-anywhere"
                  bg={c.kind !== 'removed' ? 'var(--mantine-color-green-0)' : undefined}
                >
                  {value(c.after)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
