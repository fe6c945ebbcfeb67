import { z } from 'zod';

/** Instance settings: the bank's name and logo shown in the app and in mails. */
export const ZSettings = z.object({
  bankName: z.string().trim().min(1, { message: 'required' }).max(80),
  /** A small image as a data: URL (PNG, SVG or JPEG, ≤ 200 kB), or null for the default mark. */
  logoDataUrl: z
    .string()
    .max(280_000, { message: 'logo_too_large' })
    .regex(/^data:image\/(png|svg\+xml|jpeg);base64,[A-Za-z0-9+/=]+$/, {
      message: 'logo_format',
    })
    .nullable(),
});
export type TSettings = z.infer<typeof ZSettings>;

/** Defaults before an admin changes anything. */
export const DEFAULT_SETTINGS: TSettings = { bankName: 'Passerelle', logoDataUrl: null };
