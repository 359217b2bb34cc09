import { useEffect, useState } from 'react';
import { qrImage } from './qr-image.ts';

/** `data-*` attributes passed through to the image, e.g. `data-testid="status-qr" data-url={url}`. */
export type DataAttributes = { readonly [name: `data-${string}`]: string | undefined };

export type QrCodeProps = {
  /** What the code says: a booking code, a status URL. */
  text: string;
  /** The image's text alternative (what a screen reader says), in the UI's language. */
  label: string;
} & DataAttributes;

/**
 * A QR code as an image (class `qr`). Until it is drawn, and if it cannot be, an empty box with the same
 * label stands in (`qr qr--empty`), so the layout does not jump and the text alternative is always there.
 */
export function QrCode({ text, label, ...data }: QrCodeProps) {
  const [drawn, setDrawn] = useState<{ text: string; src: string } | null>(null);
  useEffect(() => {
    let live = true;
    qrImage(text)
      .then((src) => live && setDrawn({ text, src }))
      .catch(() => live && setDrawn(null));
    return () => {
      live = false;
    };
  }, [text]);
  // An image drawn for an earlier text is never shown for a new one.
  return drawn && drawn.text === text ? (
    <img className="qr" src={drawn.src} alt={label} {...data} />
  ) : (
    <div className="qr qr--empty" role="img" aria-label={label} />
  );
}
