import { useEffect, useRef, useState } from 'react';
import { Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A signature drawn with a finger, a stylus or a mouse (pointer events), given back as a PNG
 * data URL after each stroke (null once cleared). People who cannot draw choose another way
 * to accept the charter (a photographed paper copy or a one-time code).
 */
export function SignaturePad({
  label,
  onChange,
}: {
  label: string;
  onChange: (dataUrl: string | null) => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [signed, setSigned] = useState(false);

  useEffect(() => {
    const c = canvas.current!;
    c.width = Math.max(200, Math.min(box.current!.clientWidth - 2, 600));
    c.height = 180;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = canvas.current!.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) * canvas.current!.width) / r.width,
      y: ((e.clientY - r.top) * canvas.current!.height) / r.height,
    };
  };
  const start = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    canvas.current!.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const g = canvas.current!.getContext('2d')!;
    const p = point(e);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#111';
    g.beginPath();
    g.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const g = canvas.current!.getContext('2d')!;
    const p = point(e);
    g.lineTo(p.x, p.y);
    g.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setSigned(true);
    onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    const c = canvas.current!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    setSigned(false);
    onChange(null);
  };
  return (
    <Box ref={box}>
      <Text size="sm" fw={500} mb={4} id="signature-label">
        {label}
      </Text>
      <canvas
        ref={canvas}
        role="img"
        aria-labelledby="signature-label"
        aria-describedby="signature-help"
        data-testid="signature-pad"
        style={{
          display: 'block',
          maxWidth: '100%',
          border: '1px solid var(--mantine-color-gray-6)',
          borderRadius: 4,
          touchAction: 'none',
          cursor: 'crosshair',
          background: '#fff',
        }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
        onPointerCancel={end}
      />
      <Group justify="space-between" mt={4} gap="xs">
        <Text size="xs" c="dimmed" id="signature-help">
          {signed ? t('logistics.handover.signed') : t('logistics.handover.signHelp')}
        </Text>
        <Button variant="subtle" size="xs" onClick={clear} disabled={!signed}>
          {t('logistics.handover.clearSignature')}
        </Button>
      </Group>
    </Box>
  );
}
