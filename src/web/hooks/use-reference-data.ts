import { useQuery } from '@tanstack/react-query';
import { listNetworks } from '../api/organisations';
import { fetchDepartements } from '../api/platform';
import { queryKeys } from '../api/query-keys';

/** Every network (for filters and the structure form). */
export function useNetworks(enabled = true) {
  return useQuery({
    queryKey: queryKeys.networks,
    queryFn: listNetworks,
    enabled,
    staleTime: 60_000,
  });
}

/** Every département, as Select options « 75 — Paris ». */
export function useDepartementOptions() {
  const q = useQuery({
    queryKey: queryKeys.departements,
    queryFn: fetchDepartements,
    staleTime: Infinity,
  });
  return (q.data?.items ?? []).map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` }));
}
