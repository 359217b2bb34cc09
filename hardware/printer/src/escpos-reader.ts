import iconv from 'iconv-lite';
import type { Align } from './escpos.ts';

/**
 * Reads back the ESC/POS subset that escpos.ts writes, the way a printer would, so that the preview shows
 * what the bytes say and not what the job meant. Anything outside the subset throws: a byte we did not
 * mean to send is a bug to see, not to skip.
 */

export interface TextRun {
  text: string;
  bold: boolean;
  width: number;
  height: number;
}

export type PrintedItem =
  | { kind: 'line'; align: Align; runs: TextRun[] }
  | { kind: 'feed'; lines: number }
  | { kind: 'qr'; align: Align; data: Buffer; moduleSize: number; errorLevel: 'L' | 'M' | 'Q' | 'H' }
  | { kind: 'cut'; partial: boolean };

const ALIGNS: readonly Align[] = ['left', 'center', 'right'];
const QR_LEVELS = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as const;

interface State {
  align: Align;
  bold: boolean;
  width: number;
  height: number;
  chinese: boolean;
  qrSize: number;
  qrLevel: 'L' | 'M' | 'Q' | 'H';
  qrData: Buffer | undefined;
}

const initial = (): State => ({
  align: 'left',
  bold: false,
  width: 1,
  height: 1,
  chinese: false,
  qrSize: 3,
  qrLevel: 'L',
  qrData: undefined,
});

export function readEscPos(bytes: Buffer): PrintedItem[] {
  const items: PrintedItem[] = [];
  let s = initial();
  // The line buffer: runs of raw text bytes, each with the style it was received in.
  let runs: { bytes: number[]; bold: boolean; width: number; height: number }[] = [];
  let lineAlign: Align = s.align;
  let i = 0;

  const at = (offset: number): number => {
    const b = bytes[offset];
    if (b === undefined) throw new Error(`ESC/POS stream ends inside a command at offset ${offset}`);
    return b;
  };
  const flush = (force: boolean): void => {
    if (runs.length === 0 && !force) return;
    const decoded = runs.map((r) => ({
      text: iconv.decode(Buffer.from(r.bytes), 'gb18030'),
      bold: r.bold,
      width: r.width,
      height: r.height,
    }));
    items.push({ kind: 'line', align: lineAlign, runs: decoded });
    runs = [];
  };
  const addText = (chunk: number[]): void => {
    if (runs.length === 0) lineAlign = s.align; // ESC a counts only at the start of a line
    const last = runs[runs.length - 1];
    if (last && last.bold === s.bold && last.width === s.width && last.height === s.height) last.bytes.push(...chunk);
    else runs.push({ bytes: [...chunk], bold: s.bold, width: s.width, height: s.height });
  };
  const fail = (what: string): never => {
    throw new Error(`preview: unsupported ESC/POS ${what} at offset ${i}`);
  };

  while (i < bytes.length) {
    const b = at(i);
    if (b >= 0x20 && b < 0x80) {
      addText([b]);
      i += 1;
    } else if (b >= 0x81 && b <= 0xfe) {
      if (!s.chinese) fail(`byte 0x${b.toString(16)} outside Chinese mode`);
      // GB18030: a 4-byte code has a digit as its second byte, a 2-byte code does not.
      const second = at(i + 1);
      const len = second >= 0x30 && second <= 0x39 ? 4 : 2;
      at(i + len - 1);
      addText([...bytes.subarray(i, i + len)]);
      i += len;
    } else if (b === 0x0a) {
      flush(true);
      i += 1;
    } else if (b === 0x10 && at(i + 1) === 0x04) {
      i += 3; // DLE EOT n: a real-time status request, prints nothing
    } else if (b === 0x1b) {
      const c = at(i + 1);
      if (c === 0x40) {
        flush(false);
        s = initial();
        i += 2;
      } else if (c === 0x74) {
        i += 3; // ESC t n: code page, irrelevant in Chinese mode
      } else if (c === 0x61) {
        const n = at(i + 2) % 48; // ESC a accepts 0–2 and '0'–'2'
        s.align = ALIGNS[n] ?? fail(`ESC a ${n}`);
        i += 3;
      } else if (c === 0x45) {
        s.bold = (at(i + 2) & 1) === 1;
        i += 3;
      } else if (c === 0x64) {
        flush(false);
        items.push({ kind: 'feed', lines: at(i + 2) });
        i += 3;
      } else fail(`command ESC 0x${c.toString(16)}`);
    } else if (b === 0x1c) {
      const c = at(i + 1);
      if (c === 0x26) s.chinese = true;
      else if (c === 0x2e) s.chinese = false;
      else fail(`command FS 0x${c.toString(16)}`);
      i += 2;
    } else if (b === 0x1d) {
      const c = at(i + 1);
      if (c === 0x21) {
        const n = at(i + 2);
        s.width = (n >> 4) + 1;
        s.height = (n & 0x0f) + 1;
        i += 3;
      } else if (c === 0x28 && at(i + 2) === 0x6b) {
        const k = at(i + 3) + at(i + 4) * 256;
        const cn = at(i + 5);
        const fn = at(i + 6);
        at(i + 4 + k); // the whole command must be there
        const params = bytes.subarray(i + 7, i + 5 + k);
        if (cn !== 0x31) fail(`GS ( k symbol cn=${cn}`);
        if (fn === 65 || fn === 82) {
          // model / transmit size: nothing to draw
        } else if (fn === 67) s.qrSize = params[0] ?? fail('GS ( k fn 67 without size');
        else if (fn === 69) s.qrLevel = QR_LEVELS[params[0] as keyof typeof QR_LEVELS] ?? fail('GS ( k fn 69 level');
        else if (fn === 80) s.qrData = Buffer.from(params.subarray(1));
        else if (fn === 81) {
          flush(false);
          if (s.qrData === undefined) fail('QR print without stored data');
          else items.push({ kind: 'qr', align: s.align, data: s.qrData, moduleSize: s.qrSize, errorLevel: s.qrLevel });
        } else fail(`GS ( k fn ${fn}`);
        i += 5 + k;
      } else if (c === 0x56) {
        flush(false);
        const m = at(i + 2);
        items.push({ kind: 'cut', partial: m === 1 || m === 49 || m === 66 || m === 98 });
        i += m >= 65 ? 4 : 3; // function B (m 65/66) carries a feed amount n
      } else fail(`command GS 0x${c.toString(16)}`);
    } else fail(`byte 0x${b.toString(16)}`);
  }
  flush(false);
  return items;
}
