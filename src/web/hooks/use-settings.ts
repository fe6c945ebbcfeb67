import { useQuery } from '@tanstack/react-query';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';
import { fetchSettings } from '../api/platform';
import { queryKeys } from '../api/query-keys';

/** The bank's name and logo (defaults while loading or if the call fails). */
export function useSettings() {
  const { data } = useQuery({
    queryKey: queryKeys.settings,
    queryFn: fetchSettings,
    staleTime: 5 * 60_000,
  });
  return data ?? DEFAULT_SETTINGS;
}
