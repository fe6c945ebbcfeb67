import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a cookie or a one-time link (256 bits, URL-safe). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores for a secret: its SHA-256, so a leaked table opens nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
