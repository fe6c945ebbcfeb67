import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../hooks/use-page-title';

/**
 * The top of every page: its one h1 (also the browser tab's title), an optional introduction
 * and actions on the right (below on phones).
 */
export function PageHeader({
  title,
  intro,
  actions,
  before,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Stack gap="xs" mb="lg">
      {before}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Title order={1} className="break-anywhere">
            {title}
          </Title>
          {intro && (
            <Text c="dimmed" size="sm">
              {intro}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
