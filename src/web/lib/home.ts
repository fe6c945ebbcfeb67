import type { TOrganisationKind, TRole } from '../../shared/enums';

/** Which home page a role gets. */
export type THomeKind =
  'bank' | 'referent' | 'workshop' | 'donor' | 'funder' | 'volunteer' | 'none';

/** The home page of a role (bank staff share one; no role means no membership yet). */
export function homeKindFor(role: TRole | null | undefined): THomeKind {
  switch (role) {
    case 'admin':
    case 'coordinator':
      return 'bank';
    case 'referent':
      return 'referent';
    case 'workshop_operator':
      return 'workshop';
    case 'donor_contact':
      return 'donor';
    case 'funder':
      return 'funder';
    case 'volunteer':
      return 'volunteer';
    default:
      return 'none';
  }
}

/** Order of the organisation counts on the bank's home: partners first, the bank itself last. */
export const HOME_COUNT_KINDS: readonly TOrganisationKind[] = [
  'structure',
  'network',
  'donor',
  'funder',
  'workshop',
  'warehouse',
  'supplier',
  'telecom',
  'welcome_point',
];

/** The counts to show, in order, with zero for kinds that have none yet. */
export function homeCounts(
  counts: Partial<Record<string, number>> | null | undefined,
): { kind: TOrganisationKind; count: number }[] {
  return HOME_COUNT_KINDS.map((kind) => ({ kind, count: Number(counts?.[kind] ?? 0) }));
}
