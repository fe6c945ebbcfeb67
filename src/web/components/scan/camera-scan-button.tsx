import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ActionIcon, Alert, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import type JsQr from 'jsqr';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../common/app-modal';
import {
  cameraAvailability,
  cameraProblemOf,
  codeFromScan,
  createRepeatFilter,
  decodeSize,
  nativeFormats,
  type TCameraProblem,
} from '../../lib/camera-scan';

/** What came of one scan, as the page words it (shown in continuous mode). */
export type TScanOutcome = { ok: boolean; message: string };

/**
 * The field's submit logic, called with each code; in continuous mode what it answers (at once
 * or once the request is back) is shown under the video.
 */
export type TOnScan = (code: string) => void | TScanOutcome | Promise<TScanOutcome | void>;

/** How often a frame is decoded. */
const SCAN_INTERVAL_MS = 150;

/** The browser's native barcode reader, where there is one (Chrome on Android, macOS). */
interface TBarcodeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string; format: string }[]>;
}
interface TBarcodeDetectorClass {
  new (options: { formats: string[] }): TBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** Reads the code in the current video frame, if any. */
interface TDecoder {
  /** The JavaScript fallback reads QR codes only (no serial barcodes). */
  qrOnly: boolean;
  read(video: HTMLVideoElement): Promise<string | null>;
}

type TJsQr = typeof JsQr;

/** The native BarcodeDetector when it reads QR codes, else jsQR (loaded on demand). */
async function createDecoder(): Promise<TDecoder> {
  const Native = (window as unknown as { BarcodeDetector?: TBarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      const formats = nativeFormats(await Native.getSupportedFormats());
      if (formats) {
        const detector = new Native({ formats });
        return {
          qrOnly: false,
          read: async (video) =>
            video.readyState >= 2 ? ((await detector.detect(video))[0]?.rawValue ?? null) : null,
        };
      }
    } catch {
      // A detector that cannot start: the JavaScript decoder does QR codes.
    }
  }
  // A separate chunk, fetched only when a browser without BarcodeDetector opens the camera.
  const mod = (await import('jsqr')) as unknown as { default: TJsQr | { default: TJsQr } };
  const jsQR = typeof mod.default === 'function' ? mod.default : mod.default.default;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  return {
    qrOnly: true,
    read: async (video) => {
      const { width, height } = decodeSize(video.videoWidth, video.videoHeight);
      if (!width || video.readyState < 2) return null;
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const image = context.getImageData(0, 0, width, height);
      return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    },
  };
}

/** Stops every track of a stream (the camera light goes off). */
function release(stream: MediaStream | null) {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * The live camera and its decoding loop; mounted only while the modal is open, so closing the
 * modal (button, Escape, a decoded code, leaving the page) always stops the camera.
 */
function CameraScanner({
  continuous,
  onCode,
  onClose,
}: {
  continuous: boolean;
  onCode: TOnScan;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<TCameraProblem | null>(null);
  const [decoder, setDecoder] = useState<'native' | 'qrOnly' | null>(null);
  const [last, setLast] = useState<{ seq: number; code: string; outcome?: TScanOutcome } | null>(
    null,
  );
  const [accept] = useState(() => createRepeatFilter(2000));
  const seq = useRef(0);

  /** A decoded code: true when the camera should stop (one code only). */
  const deliver = useEffectEvent((code: string): boolean => {
    if (!continuous) {
      onClose();
      void onCode(code);
      return true;
    }
    if (!accept(code, performance.now())) return false;
    const mine = ++seq.current;
    setLast({ seq: mine, code });
    void Promise.resolve(onCode(code)).then(
      (outcome) =>
        setLast((cur) =>
          cur?.seq === mine && outcome ? { seq: mine, code, outcome } : (cur ?? null),
        ),
      () => undefined,
    );
    return false;
  });

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    const el = video.current!;
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      release(stream);
      stream = null;
      el.srcObject = null;
    };
    const fail = (p: TCameraProblem) => {
      if (stopped) return;
      stop();
      setProblem(p);
    };
    const start = async () => {
      const unavailable = cameraAvailability({
        isSecureContext: window.isSecureContext,
        hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
      });
      if (unavailable) return fail(unavailable);
      try {
        const s = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped) return release(s);
        stream = s;
      } catch (error) {
        return fail(cameraProblemOf(error));
      }
      el.srcObject = stream;
      try {
        await el.play();
      } catch {
        // Closed while starting (play() aborted), or the frames come without play: go on.
      }
      let decode: TDecoder;
      try {
        decode = await createDecoder();
      } catch {
        return fail('decoderUnavailable');
      }
      if (stopped) return;
      setDecoder(decode.qrOnly ? 'qrOnly' : 'native');
      const tick = async () => {
        if (stopped) return;
        let text: string | null = null;
        try {
          text = await decode.read(el);
        } catch {
          // A frame that cannot be read (size changing, camera turning): the next one may.
        }
        if (stopped) return;
        const code = text ? codeFromScan(text) : '';
        if (code && deliver(code)) return stop();
        timer = window.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
      };
      void tick();
    };
    void start();
    return stop;
  }, []);

  if (problem) {
    const host = window.location.host;
    return (
      <Stack gap="sm">
        <Alert color={problem === 'insecure' ? 'orange' : 'red'} variant="light" role="alert">
          <Text size="sm" fw={700} mb={4}>
            {t('common.camera.problemTitle')}
          </Text>
          <Text size="sm">{t(`common.camera.problem.${problem}`, { host })}</Text>
        </Alert>
        <Text size="sm">{t('common.camera.typeInstead')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Box pos="relative" bg="dark.9" style={{ borderRadius: 8, overflow: 'hidden' }}>
        <video
          ref={video}
          muted
          playsInline
          autoPlay
          aria-label={t('common.camera.video')}
          style={{ display: 'block', width: '100%', maxHeight: '55vh', objectFit: 'contain' }}
        />
        {!decoder && (
          <Group
            pos="absolute"
            inset={0}
            justify="center"
            align="center"
            c="white"
            gap="xs"
            aria-hidden
          >
            <Loader size="sm" color="white" />
          </Group>
        )}
      </Box>
      <Text size="sm">{decoder ? t('common.camera.hint') : t('common.camera.starting')}</Text>
      {decoder === 'qrOnly' && (
        <Text size="sm" c="dimmed">
          {t('common.camera.qrOnly')}
        </Text>
      )}
      {continuous && (
        <>
          <Text size="sm">{t('common.camera.continuousHint')}</Text>
          <Box role="status" aria-live="polite" aria-atomic>
            {last && (
              <Stack gap={2}>
                <Text size="sm" ff="monospace" className="break-anywhere">
                  {t('common.camera.last', { code: last.code })}
                </Text>
                <Text
                  size="sm"
                  fw={600}
                  c={!last.outcome ? undefined : last.outcome.ok ? 'teal.9' : 'red.9'}
                  className="break-anywhere"
                >
                  {!last.outcome
                    ? t('common.camera.checking')
                    : `${last.outcome.ok ? '✓' : '✗'} ${last.outcome.message}`}
                </Text>
              </Stack>
            )}
          </Box>
        </>
      )}
      <Group justify="flex-end">
        <Button variant={continuous ? 'filled' : 'default'} onClick={onClose}>
          {continuous ? t('common.camera.done') : t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A camera button beside a scan field: opens a modal with the live camera, decodes QR codes
 * (and barcodes where the browser reads them) and hands each code to `onScan`, the field's own
 * submit logic, exactly as a USB scanner typing the code and Enter would. One code closes the
 * modal; in `continuous` mode (packing, receiving many units) the camera stays open, a code
 * held in view counts once, and the last code with what `onScan` answered is announced.
 * Shown even where the camera cannot work: the modal then says why, in words.
 */
export function CameraScanButton({
  onScan,
  continuous = false,
  disabled = false,
}: {
  onScan: TOnScan;
  continuous?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <>
      <ActionIcon
        variant="default"
        size="input-sm"
        aria-label={t('common.camera.open')}
        title={t('common.camera.open')}
        onClick={() => setOpened(true)}
        disabled={disabled}
      >
        <IconCamera size={20} aria-hidden />
      </ActionIcon>
      <AppModal opened={opened} onClose={close} title={t('common.camera.title')} size="lg">
        {opened && <CameraScanner continuous={continuous} onCode={onScan} onClose={close} />}
      </AppModal>
    </>
  );
}
