import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/common/scroll-table';
import { IMPORT_FORMATS, templateHref, type TImportKind } from './import-formats';

/** The columns a file may have, with the header names recognised and whether each is required. */
export function FormatDescription({ kind }: { kind: TImportKind }) {
  const { t } = useTranslation();
  return (
    <Paper p="lg" component="section" aria-labelledby="imp-format">
      <Title order={2} size="h3" id="imp-format" mb="xs">
        {t('needs.imports.formatTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t(`needs.imports.formatIntro.${kind}`)}
      </Text>
      <Anchor
        href={templateHref(kind)}
        download={t(`needs.imports.templateFile.${kind}`)}
        size="sm"
        mb="sm"
        style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
      >
        <IconDownload size={16} aria-hidden />
        {t('needs.imports.template')}
      </Anchor>
      <ScrollTable minWidth={560} label={t('needs.imports.formatTable')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('needs.imports.column')}</Table.Th>
              <Table.Th>{t('needs.imports.headers')}</Table.Th>
              <Table.Th>{t('needs.imports.values')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {IMPORT_FORMATS[kind].map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`needs.imports.columns.${c.field}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(c.required ? 'needs.imports.required' : 'needs.imports.optional')}
                  </Text>
                </Table.Td>
                <Table.Td className="break-anywhere">{c.headers.join(', ')}</Table.Td>
                <Table.Td className="break-anywhere">
                  {t(`needs.imports.valueHints.${c.field}`, { defaultValue: '' })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
