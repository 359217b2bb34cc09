import iconv from 'iconv-lite';

/**
 * A tiny ESC/POS command builder: only the commands a queue ticket needs, each written out byte by byte so
 * that golden tests can pin them. We own these bytes instead of using an ESC/POS library because the ones
 * on npm get exactly the parts that matter to us wrong (legacy GS Z for QR, QR length from UTF-16 units,
 * GBK text that turns 堃 into "?"); see README.md.
 */

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;

export type Align = 'left' | 'center' | 'right';
export const ALIGN_CODES: Readonly<Record<Align, number>> = { left: 0, center: 1, right: 2 };

/** GS ( k function 69 values; a ticket always uses M (15 % recovery): enough for a smudged thermal print. */
export const QR_ERROR_LEVELS = { L: 48, M: 49, Q: 50, H: 51 } as const;
export type QrErrorLevel = keyof typeof QR_ERROR_LEVELS;

/** The most bytes a QR symbol (version 40, level L, byte mode) can hold; the printer would drop more. */
export const QR_MAX_BYTES = 7089;

/** Text is sent as GB18030: the only Chinese encoding that covers every character (堃, 龘, 4-byte ones). */
export function encodeText(text: string): Buffer {
  // Control characters inside job text would be read by the printer as commands (ESC, GS, a stray LF
  // breaking the layout): a job string can only ever become printable characters.
  // eslint-disable-next-line no-control-regex
  return iconv.encode(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '), 'gb18030');
}

export class EscPos {
  private readonly parts: Buffer[] = [];

  private bytes(...values: number[]): this {
    for (const v of values) {
      if (!Number.isInteger(v) || v < 0 || v > 255) throw new RangeError(`ESC/POS byte out of range: ${v}`);
    }
    this.parts.push(Buffer.from(values));
    return this;
  }

  /** ESC @: clears any state a previous job (or another program) left in the printer. */
  init(): this {
    return this.bytes(ESC, 0x40);
  }

  /**
   * FS &: Chinese (Kanji) character mode, so that bytes 0x81–0xFE start a GB18030 character instead of
   * a code-page symbol. The printer's Chinese code system must be GB18030 (the default of Chinese models).
   */
  chineseMode(): this {
    return this.bytes(FS, 0x26);
  }

  /** ESC t n: the single-byte code page, only used if Chinese mode is ever cancelled; 0 = PC437. */
  codePage(n: number): this {
    return this.bytes(ESC, 0x74, n);
  }

  /** ESC a n: only takes effect at the start of a line, so set it before the line's text. */
  align(align: Align): this {
    return this.bytes(ESC, 0x61, ALIGN_CODES[align]);
  }

  /** ESC E n: emphasised; applies to Chinese characters too. */
  bold(on: boolean): this {
    return this.bytes(ESC, 0x45, on ? 1 : 0);
  }

  /** GS ! n: width and height multipliers 1–8 (high nibble width, low nibble height); applies to Chinese too. */
  size(width: number, height: number): this {
    for (const m of [width, height]) {
      if (!Number.isInteger(m) || m < 1 || m > 8) throw new RangeError(`character size must be 1–8, got ${m}`);
    }
    return this.bytes(GS, 0x21, ((width - 1) << 4) | (height - 1));
  }

  text(text: string): this {
    this.parts.push(encodeText(text));
    return this;
  }

  /** LF: prints the line buffer and moves to the next line. */
  newline(): this {
    return this.bytes(LF);
  }

  line(text: string): this {
    return this.text(text).newline();
  }

  /** ESC d n: prints the buffer and feeds n lines. */
  feed(lines: number): this {
    return this.bytes(ESC, 0x64, lines);
  }

  /**
   * QR code through GS ( k (cn = 49), the standard ESC/POS QR command, never the legacy GS Z that many
   * Chinese printers ignore. The stored length pL/pH counts UTF-8 *bytes* + 3 (cn, fn, m), not characters:
   * a URL with 号 in it is longer in bytes than in characters, and a wrong length swallows the commands after it.
   */
  qr(data: string, options: { moduleSize?: number; errorLevel?: QrErrorLevel } = {}): this {
    const payload = Buffer.from(data, 'utf8');
    if (payload.length === 0 || payload.length > QR_MAX_BYTES) {
      throw new RangeError(`QR data must be 1–${QR_MAX_BYTES} bytes, got ${payload.length}`);
    }
    const moduleSize = options.moduleSize ?? 6;
    if (!Number.isInteger(moduleSize) || moduleSize < 1 || moduleSize > 16) {
      throw new RangeError(`QR module size must be 1–16 dots, got ${moduleSize}`);
    }
    const k = payload.length + 3;
    this.bytes(GS, 0x28, 0x6b, 4, 0, 0x31, 65, 50, 0); // fn 65: model 2
    this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 67, moduleSize); // fn 67: module size in dots
    this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 69, QR_ERROR_LEVELS[options.errorLevel ?? 'M']); // fn 69: error level
    this.bytes(GS, 0x28, 0x6b, k & 0xff, k >> 8, 0x31, 80, 48); // fn 80: store data, m = 48
    this.parts.push(payload);
    return this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 81, 48); // fn 81: print the stored symbol
  }

  /** GS V 66 n: feed to the cutter (+ n dots) and cut partially, so the ticket hangs until taken. */
  cut(feedDots = 0): this {
    return this.bytes(GS, 0x56, 66, feedDots);
  }

  build(): Buffer {
    return Buffer.concat(this.parts);
  }
}
