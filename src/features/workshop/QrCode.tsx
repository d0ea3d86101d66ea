import { generate } from 'lean-qr';
import { useMemo } from 'react';

/** A QR code of `text`, drawn into an image (large, crisp, dark on white even in a dark theme). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const source = useMemo(() => {
    try {
      return generate(text).toDataURL({ scale: 8, padX: 3, padY: 3, on: [17, 24, 39, 255], off: [255, 255, 255, 255] });
    } catch {
      return null;
    }
  }, [text]);
  if (!source) return null;
  return <img className="room-qr" src={source} alt={label} width={240} height={240} />;
}
