/** Largest logo file accepted (the API stores it as a data: URL of at most ~280,000 characters). */
export const MAX_LOGO_BYTES = 200 * 1024;
/** File types accepted for the logo. */
export const LOGO_MIME_TYPES = ['image/png', 'image/svg+xml', 'image/jpeg'] as const;

/** Why a logo file is refused (a `fields.<code>` translation), or null when acceptable. */
export function checkLogoFile(file: {
  type: string;
  size: number;
}): 'logo_format' | 'logo_too_large' | null {
  if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) return 'logo_format';
  if (file.size > MAX_LOGO_BYTES) return 'logo_too_large';
  return null;
}
