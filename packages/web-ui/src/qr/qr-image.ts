import { toDataURL } from 'qrcode';

/**
 * The QR image every UI draws: error correction M (a phone reads it off a slightly creased ticket or a
 * dimmed screen), a 2-module quiet zone, 320 px: the kiosk's scanner and phone cameras read it at arm's length.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2, width: 320 } as const;

/** A `data:image/png` URL of `text` as a QR code. */
export function qrImage(text: string): Promise<string> {
  return toDataURL(text, QR_OPTIONS);
}
