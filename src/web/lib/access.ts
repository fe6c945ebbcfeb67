import { can, type TAction } from '../../domain/policy';
import type { TRole } from '../../shared/enums';

/**
 * Whether the active role may ever perform an action, asked of the same policy table the
 * server enforces (src/domain/policy), so the interface never offers what the API refuses.
 */
export function roleCan(role: TRole | null | undefined, action: TAction): boolean {
  if (!role) return false;
  return can(
    { userId: 'self', membershipId: 'active', role, organisationId: null, organisationKind: null },
    action,
  );
}

/** True for the bank's own staff (coordinators and admins), who run the whole network. */
export function isBankRole(role: TRole | null | undefined): boolean {
  return role === 'admin' || role === 'coordinator';
}
