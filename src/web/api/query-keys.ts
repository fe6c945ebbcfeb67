/** React Query keys, in one place so invalidations stay consistent. */
export const queryKeys = {
  session: ['session'] as const,
  settings: ['settings'] as const,
  home: ['home'] as const,
  homeTasks: (membershipId: string) => ['home', 'tasks', membershipId] as const,
  organisations: (query: Record<string, string>) => ['organisations', 'list', query] as const,
  organisationsAll: ['organisations'] as const,
  organisation: (id: string) => ['organisations', 'detail', id] as const,
  networks: ['organisations', 'networks'] as const,
  organisationChoices: ['organisations', 'choices'] as const,
  users: (search: string) => ['users', search] as const,
  usersAll: ['users'] as const,
  audit: (filters: object) => ['audit', filters] as const,
  outbox: ['outbox'] as const,
  postalCode: (code: string) => ['geo', 'postal-code', code] as const,
  departements: ['geo', 'departements'] as const,
};
