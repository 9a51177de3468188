import { useMemo } from 'react';
import { create } from 'qrcode';
import { qrPath } from './qr-path';

interface QrCodeProps {
  value: string;
  /** Accessible name, e.g. "QR code for the join link". */
  label: string;
  testId?: string;
  className?: string;
}

const MARGIN = 3;

/** A QR code drawn as SVG on this device: no image service, sharp at every size and in print. */
export function QrCode({ value, label, testId, className }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' });
    return {
      size: modules.size + 2 * MARGIN,
      path: qrPath(modules.size, (row, col) => modules.data[row * modules.size + col] === 1, MARGIN),
    };
  }, [value]);
  return (
    <svg
      className={className ? `qr ${className}` : 'qr'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-value={value}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
