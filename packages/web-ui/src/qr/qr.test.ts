import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { QrCode } from './QrCode.tsx';
import { qrImage } from './qr-image.ts';

describe('QR code', () => {
  test('draws a PNG, and a different one for a different text', async () => {
    const a = await qrImage('https://hall.example/t/A023');
    const b = await qrImage('https://hall.example/t/A024');
    expect(a).toMatch(/^data:image\/png;base64,/);
    expect(a).not.toBe(b);
  });

  test('before it is drawn: an empty box with the text alternative, no data attributes yet', () => {
    const html = renderToStaticMarkup(
      createElement(QrCode, { text: 'BK7Q2M', label: '预约码二维码 BK7Q2M', 'data-testid': 'booking-qr' }),
    );
    expect(html).toBe('<div class="qr qr--empty" role="img" aria-label="预约码二维码 BK7Q2M"></div>');
  });
});
