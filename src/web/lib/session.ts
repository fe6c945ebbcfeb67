import type { TRole } from '../../shared/enums';
import type { TMembership, TSessionInfo } from '../../shared/schemas/accounts';

/** The membership (role in an organisation) the session acts through, if any. */
export function activeMembership(session: TSessionInfo | null | undefined): TMembership | null {
  if (!session?.activeMembershipId) return null;
  return session.memberships.find((m) => m.id === session.activeMembershipId) ?? null;
}

/** The active role, or null without a membership. */
export function activeRole(session: TSessionInfo | null | undefined): TRole | null {
  return activeMembership(session)?.role ?? null;
}

/** Initials for the avatar of a display name ("Camille Durand" → "CD"). */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters
    .map((w) => w[0]!.toLocaleUpperCase())
    .join('')
    .slice(0, 2);
}
