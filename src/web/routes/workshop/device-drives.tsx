import { useState } from 'react';
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TDevice, TDrive } from '../../api/inventory';
import { ScrollTable } from '../../components/common/scroll-table';
import { DriveForm } from './device-edit';

/** The drives of a device, each with its erasure status; add one, or correct one not yet wiped. */
export function Drives({ device, canEdit }: { device: TDevice; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TDrive | 'new' | null>(null);
  return (
    <Paper p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('workshop.device.drives')}
        </Title>
        {canEdit && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('workshop.edit.addDrive')}
          </Button>
        )}
      </Group>
      {device.drives.length === 0 ? (
        <Text size="sm">{t('workshop.device.noDrives')}</Text>
      ) : (
        <ScrollTable minWidth={480} label={t('workshop.device.drives')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshop.device.driveLabel')}</Table.Th>
                <Table.Th>{t('workshop.device.driveType')}</Table.Th>
                <Table.Th>{t('workshop.device.driveSize')}</Table.Th>
                <Table.Th>{t('workshop.device.driveStatus')}</Table.Th>
                {canEdit && <Table.Th>{t('workshop.locations.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {device.drives.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td ff="monospace">{d.label}</Table.Td>
                  <Table.Td>{t(`workshop.driveType.${d.type}`)}</Table.Td>
                  <Table.Td>
                    {d.sizeGb == null ? '—' : t('workshop.device.gb', { value: d.sizeGb })}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="dot"
                      style={{ textTransform: 'none' }}
                      color={d.isCleared ? 'green' : 'orange'}
                    >
                      {d.isCleared ? t('workshop.device.cleared') : t('workshop.device.notCleared')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {d.erasures.length === 0 && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(d)}
                          aria-label={t('workshop.edit.correctDrive', { drive: d.label })}
                        >
                          {t('workshop.edit.correct')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editing && (
        <DriveForm
          device={device}
          drive={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
