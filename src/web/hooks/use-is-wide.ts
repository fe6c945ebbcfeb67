import { useMediaQuery } from '@mantine/hooks';

/** True from Mantine's `sm` breakpoint (48em) up: tables instead of cards, full labels. */
export function useIsWide(): boolean {
  const initial =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia('(min-width: 48em)').matches
      : true;
  return useMediaQuery('(min-width: 48em)', initial, { getInitialValueInEffect: false }) ?? initial;
}
