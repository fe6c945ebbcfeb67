import { assetTagFromScan } from '../../domain/device/asset-tag';

/**
 * Pure helpers of camera scanning (the component is `components/scan/camera-scan-button.tsx`):
 * what a decoded code becomes in a scan field, why the camera cannot be used, which barcode
 * formats to ask the browser for, how large a frame to decode, and the repeat filter of the
 * continuous mode.
 */

/** Longest text handed to a scan field (the API refuses longer codes anyway). */
export const SCANNED_CODE_MAX_LENGTH = 300;

/**
 * What a decoded code is typed into a scan field: the asset tag when the code holds one (a
 * label's QR holds the device page's URL, `https://…/d/PSR-7K3Q9M`), otherwise the text itself
 * (a maker's serial barcode, an item's EAN), without control characters (GS1 separators) and
 * trimmed. Empty when nothing usable was read.
 */
export function codeFromScan(raw: string): string {
  const tag = assetTagFromScan(raw);
  if (tag) return tag;
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return text.length > SCANNED_CODE_MAX_LENGTH ? '' : text;
}

/** Why the camera cannot be used, each with its own translated explanation. */
export type TCameraProblem =
  'insecure' | 'unsupported' | 'denied' | 'noCamera' | 'busy' | 'decoderUnavailable' | 'failed';

/**
 * Whether this page may ask for the camera at all: browsers only offer it on HTTPS pages (and
 * on localhost); an address like http://192.168.1.20 is refused before any question is asked.
 */
export function cameraAvailability(env: {
  isSecureContext: boolean;
  hasGetUserMedia: boolean;
}): TCameraProblem | null {
  if (!env.isSecureContext) return 'insecure';
  if (!env.hasGetUserMedia) return 'unsupported';
  return null;
}

/** The problem a failed `getUserMedia` call stands for (by the DOMException's name). */
export function cameraProblemOf(error: unknown): TCameraProblem {
  const name =
    typeof error === 'object' && error !== null && 'name' in error
      ? String((error as { name: unknown }).name)
      : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'noCamera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

/**
 * Formats asked of the browser's native BarcodeDetector, most useful first: the labels' QR
 * codes, then the barcodes makers print serials with, and the EAN/UPC of consumables.
 */
export const WANTED_FORMATS = [
  'qr_code',
  'code_128',
  'code_39',
  'data_matrix',
  'ean_13',
  'ean_8',
  'upc_a',
  'upc_e',
  'itf',
  'codabar',
] as const;

/**
 * The formats to ask the native detector for, among those it supports; null when it cannot
 * read QR codes (then the QR-only JavaScript decoder is used instead).
 */
export function nativeFormats(supported: readonly string[]): string[] | null {
  const formats = WANTED_FORMATS.filter((f) => supported.includes(f));
  return formats.includes('qr_code') ? formats : null;
}

/**
 * The size a video frame is drawn at before the JavaScript decoder reads it: the same shape,
 * the longer side at most `max` pixels (decoding a full 1080p frame every 150 ms would freeze
 * a cheap phone; a label's QR stays readable at 640).
 */
export function decodeSize(
  width: number,
  height: number,
  max = 640,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * The repeat filter of continuous scanning: a code held in front of the camera is read many
 * times a second but handed over once; it counts again only after it has been out of sight
 * for `windowMs`. Another code is handed over at once. `now` is in milliseconds.
 */
export function createRepeatFilter(windowMs = 2000) {
  let last: string | null = null;
  let lastSeen = -Infinity;
  return (code: string, now: number): boolean => {
    const repeat = code === last && now - lastSeen < windowMs;
    last = code;
    lastSeen = now;
    return !repeat;
  };
}
