import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/**
 * A table that scrolls sideways when the screen is narrower than `minWidth`. The scrolling
 * region is focusable and named, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({
  minWidth,
  label,
  children,
}: {
  minWidth: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      className="scroll-region"
    >
      {children}
    </Table.ScrollContainer>
  );
}
