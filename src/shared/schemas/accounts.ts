import { z } from 'zod';
import { LOCALES, ROLES } from '../enums';

/** E-mail address, trimmed and lower-cased. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'email_invalid' }));

/** Login form. */
export const ZLoginInput = z.object({
  email: ZEmail,
  password: z.string().min(1, { message: 'required' }).max(200),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

/** A membership as shown to its user. */
export const ZMembership = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationKind: z.string(),
});
export type TMembership = z.infer<typeof ZMembership>;

/** The logged-in user's session, as the web app sees it. */
export const ZSessionInfo = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(LOCALES),
  }),
  memberships: z.array(ZMembership),
  activeMembershipId: z.string().nullable(),
  csrfToken: z.string(),
});
export type TSessionInfo = z.infer<typeof ZSessionInfo>;

/** Password reset request. */
export const ZPasswordResetRequest = z.object({ email: ZEmail });

/** Choosing a new password with a one-time link (reset or invitation). */
export const ZSetPasswordWithToken = z.object({
  token: z.string().min(10).max(200),
  password: z.string().min(1, { message: 'required' }).max(200),
  displayName: z.string().trim().min(1).max(120).optional(),
});
export type TSetPasswordWithToken = z.infer<typeof ZSetPasswordWithToken>;

/** Inviting a user into an organisation with a role. */
export const ZInviteInput = z.object({
  email: ZEmail,
  displayName: z.string().trim().min(1, { message: 'required' }).max(120),
  organisationId: z.uuid({ message: 'required' }),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('fr'),
});
export type TInviteInput = z.infer<typeof ZInviteInput>;
