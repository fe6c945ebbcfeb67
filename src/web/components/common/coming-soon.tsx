import { useId, type ReactNode } from 'react';
import { EmptyState, Paper, Title } from '@mantine/core';

/**
 * An honest empty state: says what will appear here once the feature exists, without any
 * button that would do nothing.
 */
export function ComingSoon({
  heading,
  title,
  description,
  icon,
}: {
  heading: string;
  title: string;
  description?: string;
  icon: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="md">
        {heading}
      </Title>
      <EmptyState icon={icon} variant="light" title={title} description={description} size="sm" />
    </Paper>
  );
}
