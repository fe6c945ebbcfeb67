import { describe, expect, it } from 'vitest';
import { checkSymbol } from '../../domain/device/asset-tag';
import {
  cameraAvailability,
  cameraProblemOf,
  codeFromScan,
  createRepeatFilter,
  decodeSize,
  nativeFormats,
  SCANNED_CODE_MAX_LENGTH,
} from './camera-scan';

const TAG = `PSR-7K3Q9${checkSymbol('7K3Q9')}`;

describe('what a decoded code becomes in a scan field', () => {
  it('keeps the asset tag of a label QR code (the device page URL)', () => {
    expect(codeFromScan(`https://passerelle.example/d/${TAG}`)).toBe(TAG);
    expect(codeFromScan(`http://127.0.0.1:3000/d/${TAG.toLowerCase()}`)).toBe(TAG);
    expect(codeFromScan(` ${TAG}\n`)).toBe(TAG);
  });

  it('hands other codes over as read: serials, EANs, unknown URLs', () => {
    expect(codeFromScan('DEMO-E7490-1')).toBe('DEMO-E7490-1');
    expect(codeFromScan('3700123456789')).toBe('3700123456789');
    expect(codeFromScan('https://example.org/other')).toBe('https://example.org/other');
    // A tag whose check symbol is wrong is not corrected into another device's tag.
    const wrong = `PSR-7K3Q9${checkSymbol('7K3Q9') === 'A' ? 'B' : 'A'}`;
    expect(codeFromScan(`https://passerelle.example/d/${wrong}`)).toBe(
      `https://passerelle.example/d/${wrong}`,
    );
  });

  it('drops control characters and refuses empty or oversized reads', () => {
    expect(codeFromScan('\u001d0105012345678900\u001d21SN42 ')).toBe('0105012345678900 21SN42');
    expect(codeFromScan(' \u0000 ')).toBe('');
    expect(codeFromScan('x'.repeat(SCANNED_CODE_MAX_LENGTH + 1))).toBe('');
    expect(codeFromScan('x'.repeat(SCANNED_CODE_MAX_LENGTH))).toHaveLength(SCANNED_CODE_MAX_LENGTH);
  });
});

describe('why the camera cannot be used', () => {
  it('needs a secure page first, then getUserMedia', () => {
    expect(cameraAvailability({ isSecureContext: false, hasGetUserMedia: false })).toBe('insecure');
    expect(cameraAvailability({ isSecureContext: false, hasGetUserMedia: true })).toBe('insecure');
    expect(cameraAvailability({ isSecureContext: true, hasGetUserMedia: false })).toBe(
      'unsupported',
    );
    expect(cameraAvailability({ isSecureContext: true, hasGetUserMedia: true })).toBeNull();
  });

  it('names the getUserMedia failures', () => {
    const err = (name: string) => Object.assign(new Error('x'), { name });
    expect(cameraProblemOf(err('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(err('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(err('NotFoundError'))).toBe('noCamera');
    expect(cameraProblemOf(err('OverconstrainedError'))).toBe('noCamera');
    expect(cameraProblemOf(err('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(new TypeError('no'))).toBe('unsupported');
    expect(cameraProblemOf(err('Whatever'))).toBe('failed');
    expect(cameraProblemOf('boom')).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
  });
});

describe('native barcode formats', () => {
  it('asks for the supported useful formats, QR first', () => {
    expect(nativeFormats(['ean_13', 'aztec', 'qr_code', 'code_128'])).toEqual([
      'qr_code',
      'code_128',
      'ean_13',
    ]);
  });

  it('falls back to the QR-only decoder when the native one cannot read QR codes', () => {
    expect(nativeFormats([])).toBeNull();
    expect(nativeFormats(['ean_13', 'code_128'])).toBeNull();
  });
});

describe('frame size for the JavaScript decoder', () => {
  it('scales the longer side down to the maximum, keeping the shape', () => {
    expect(decodeSize(1920, 1080)).toEqual({ width: 640, height: 360 });
    expect(decodeSize(720, 1280)).toEqual({ width: 360, height: 640 });
    expect(decodeSize(1000, 1000, 500)).toEqual({ width: 500, height: 500 });
  });

  it('never scales up, and has nothing to draw before the video has a size', () => {
    expect(decodeSize(320, 240)).toEqual({ width: 320, height: 240 });
    expect(decodeSize(0, 0)).toEqual({ width: 0, height: 0 });
  });
});

describe('repeat filter of continuous scanning', () => {
  it('hands a code held in view over once, and again after it was out of sight', () => {
    const accept = createRepeatFilter(2000);
    expect(accept('A', 0)).toBe(true);
    // Seen every 150 ms for 5 s: never handed over again.
    for (let t = 150; t <= 5000; t += 150) expect(accept('A', t)).toBe(false);
    // Out of sight for 2 s, then back: handed over (the page says "already packed").
    expect(accept('A', 7100)).toBe(true);
  });

  it('hands another code over at once, and the first one again after it', () => {
    const accept = createRepeatFilter(2000);
    expect(accept('A', 0)).toBe(true);
    expect(accept('B', 100)).toBe(true);
    expect(accept('A', 200)).toBe(true);
    expect(accept('A', 2199)).toBe(false);
  });
});
