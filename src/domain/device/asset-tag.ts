/**
 * Asset tags: the short code printed (as a QR code) on every device, e.g. `PSR-7K3Q9M`.
 * Five random symbols from Crockford's base-32 alphabet (no I, L, O, U: nothing to confuse)
 * and a Luhn mod-32 check symbol, so a mistyped tag is refused instead of naming another
 * device. 32^5 ≈ 33.5 million tags; the database keeps them unique.
 */

/** Crockford's base-32 alphabet. */
export const ASSET_TAG_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Prefix of every tag. */
export const ASSET_TAG_PREFIX = 'PSR';
const PAYLOAD_LENGTH = 5;
const N = ASSET_TAG_ALPHABET.length;

/** Shape of a well-formed tag (after normalisation). */
export const ASSET_TAG_PATTERN = /^PSR-[0-9A-HJKMNP-TV-Z]{6}$/;

/** Luhn mod N check symbol over the payload (detects every single-symbol error). */
export function checkSymbol(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    const code = ASSET_TAG_ALPHABET.indexOf(payload[i]!);
    if (code < 0) throw new Error(`invalid symbol ${payload[i]}`);
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return ASSET_TAG_ALPHABET[(N - (sum % N)) % N]!;
}

/**
 * A new random tag. `randomInt(n)` must return a uniform integer in [0, n) (the caller passes
 * a cryptographic source; tests pass a seeded one).
 */
export function generateAssetTag(randomInt: (n: number) => number): string {
  let payload = '';
  for (let i = 0; i < PAYLOAD_LENGTH; i++) payload += ASSET_TAG_ALPHABET[randomInt(N)];
  return `${ASSET_TAG_PREFIX}-${payload}${checkSymbol(payload)}`;
}

/**
 * Normalises what a person typed or a scanner read: upper case, no spaces, Crockford's
 * confusable letters mapped (O→0, I/L→1), the dash restored when missing.
 */
export function normaliseAssetTag(input: string): string {
  let s = input.trim().toUpperCase().replace(/\s+/g, '');
  if (s.startsWith(`${ASSET_TAG_PREFIX}-`)) s = s.slice(ASSET_TAG_PREFIX.length + 1);
  else if (s.startsWith(ASSET_TAG_PREFIX)) s = s.slice(ASSET_TAG_PREFIX.length);
  else return input.trim().toUpperCase();
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
  return `${ASSET_TAG_PREFIX}-${s}`;
}

/** Why a tag is refused, as a field error code, or null when valid. */
export function assetTagError(tag: string): 'asset_tag_format' | 'asset_tag_checksum' | null {
  if (!ASSET_TAG_PATTERN.test(tag)) return 'asset_tag_format';
  const body = tag.slice(ASSET_TAG_PREFIX.length + 1);
  const payload = body.slice(0, PAYLOAD_LENGTH);
  return checkSymbol(payload) === body[PAYLOAD_LENGTH] ? null : 'asset_tag_checksum';
}

/** True for a well-formed tag with a correct check symbol. */
export function isValidAssetTag(tag: string): boolean {
  return assetTagError(tag) === null;
}

/**
 * The asset tag inside a scanned code: the tag itself, or a URL (or path) ending with it,
 * e.g. `https://passerelle.example/d/PSR-7K3Q9M`. Null when the code holds no valid tag.
 */
export function assetTagFromScan(code: string): string | null {
  const trimmed = code.trim();
  const last =
    trimmed
      .split(/[/?#=]/)
      .filter(Boolean)
      .pop() ?? trimmed;
  for (const candidate of [trimmed, last]) {
    const tag = normaliseAssetTag(candidate);
    if (isValidAssetTag(tag)) return tag;
  }
  return null;
}
