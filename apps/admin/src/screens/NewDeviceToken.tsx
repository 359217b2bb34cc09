import type { CreateDeviceReply } from '@hall/protocol';
import { QrCode } from '@hall/web-ui';
import { useEffect, useRef } from 'react';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/**
 * The token of a device just created, shown this once: as text to copy and as a QR code holding what a
 * kiosk's configuration needs (`hubUrl`, `token`), so the device is set up by scanning. Focus moves here.
 */
export function NewDeviceToken({ reply, onClose }: { reply: CreateDeviceReply; onClose: () => void }) {
  const locale = useSession((s) => s.locale);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [reply.token]);
  const setup = JSON.stringify({ hubUrl: location.origin, token: reply.token });
  return (
    <section
      className="card token"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="token-title"
      data-testid="device-token-panel"
    >
      <h2 id="token-title">{texts(locale, 'tokenOnce', { name: reply.device.name })}</h2>
      <div className="token__body">
        <div className="field">
          <label className="field__label" htmlFor="device-token">
            {texts(locale, 'tokenLabel')}
          </label>
          <input
            id="device-token"
            readOnly
            value={reply.token}
            className="mono"
            data-testid="device-token"
            onFocus={(e) => e.target.select()}
          />
        </div>
        <QrCode text={setup} label={texts(locale, 'qrLabel')} data-testid="device-qr" />
      </div>
      <button type="button" className="btn" onClick={onClose}>
        {texts(locale, 'close')}
      </button>
    </section>
  );
}
