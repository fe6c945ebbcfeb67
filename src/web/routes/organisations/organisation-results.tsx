import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TOrganisationSummary } from '../../api/organisations';
import { ScrollTable } from '../../components/common/scroll-table';

/** "Désactivée", shown only for deactivated organisations (active is the norm). */
function InactiveBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  if (isActive) return null;
  return (
    <Badge color="gray" variant="light" miw="max-content" style={{ flexShrink: 0 }}>
      {t('organisations.status.inactive')}
    </Badge>
  );
}

function OrganisationLink({ o }: { o: TOrganisationSummary }) {
  return (
    <Anchor
      component={Link}
      to={`/organisations/${o.id}`}
      fw={600}
      underline="hover"
      className="break-anywhere"
    >
      {o.name}
    </Anchor>
  );
}

/** The organisations as a table (wide screens). */
export function OrganisationTable({ items }: { items: TOrganisationSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={720} label={t('organisations.list.tableCaption')}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption className="visually-hidden">
          {t('organisations.list.tableCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisations.list.name')}</Table.Th>
            <Table.Th scope="col">{t('organisations.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('organisations.list.departement')}</Table.Th>
            <Table.Th scope="col">{t('organisations.list.networks')}</Table.Th>
            <Table.Th scope="col">{t('organisations.list.contact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Th scope="row" fw={400} maw={280}>
                <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                  <OrganisationLink o={o} />
                  <InactiveBadge isActive={o.isActive} />
                </Group>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{t(`kinds.${o.kind}`)}</Text>
                {o.structureType && (
                  <Text size="xs" c="dimmed">
                    {t(`structureTypes.${o.structureType}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{o.departementCode ?? '—'}</Table.Td>
              <Table.Td>{o.networks.map((n) => n.name).join(', ') || '—'}</Table.Td>
              <Table.Td className="break-anywhere" fz="sm">
                {o.email ?? o.phone ?? '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The organisations as cards (phones). */
export function OrganisationCards({ items }: { items: TOrganisationSummary[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((o) => (
        <Card key={o.id} component="li" padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <OrganisationLink o={o} />
            <InactiveBadge isActive={o.isActive} />
          </Group>
          <Text size="sm" c="dimmed" mt={2}>
            {[
              t(`kinds.${o.kind}`),
              o.structureType ? t(`structureTypes.${o.structureType}`) : null,
              o.departementCode,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {o.networks.length > 0 && (
            <Text size="sm" mt={2}>
              {o.networks.map((n) => n.name).join(', ')}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
