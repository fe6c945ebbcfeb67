import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { TSessionInfo } from '../../shared/schemas/accounts';
import { fetchSession, logout, switchMembership } from '../api/auth';
import { queryKeys } from '../api/query-keys';
import { activeMembership } from '../lib/session';

/** The current session (null when logged out), loaded once and kept until it changes. */
export function useSession() {
  return useQuery({ queryKey: queryKeys.session, queryFn: fetchSession, staleTime: Infinity });
}

/** The session when the page requires one (inside the protected shell). */
export function useRequiredSession(): TSessionInfo {
  const { data } = useSession();
  if (!data) throw new Error('useRequiredSession outside a protected page');
  return data;
}

/** The active membership of the logged-in user. */
export function useActiveMembership() {
  return activeMembership(useSession().data);
}

/** Logs out, forgets every cached answer and goes to the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
      void navigate('/login', { replace: true });
    },
  });
}

/** Switches the active role, then refetches everything (what one may see depends on it). */
export function useSwitchMembership() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: switchMembership,
    onSuccess: async () => {
      await navigate('/');
      await queryClient.invalidateQueries();
    },
  });
}
