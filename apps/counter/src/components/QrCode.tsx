import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of a text (the booking code), drawn by the `qrcode` package into an image. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 320 })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img className="qr" src={src} alt={label} data-testid="booking-qr" data-text={text} />
  ) : (
    <div className="qr qr--empty" role="img" aria-label={label} />
  );
}
