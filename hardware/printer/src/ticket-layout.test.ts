import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { MATERIALS_PRINTED_MAX, TICKET_NUMBER_MAX_LENGTH, ticketPrintJobSchema } from '@hall/protocol';
import type { TicketPrintJob } from '@hall/protocol';
import { readEscPos } from './escpos-reader.ts';
import { encodeTicket } from './ticket-layout.ts';
import { sampleJob, sampleJob4Digits, sampleJobEn, sampleJobMaterials } from './test-fixtures.ts';

/**
 * Golden files pin the exact bytes of a ticket: any change to them shows up in review as a diff of the
 * `.hex` dump. After an intended change: UPDATE_GOLDEN=1 npx vitest run --project unit hardware/printer
 */
const golden = (name: string): string => fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));

export function hexDump(bytes: Buffer): string {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const row = bytes.subarray(offset, offset + 16);
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  |${ascii}|`);
  }
  return lines.join('\n') + '\n';
}

function expectGolden(name: string, bytes: Buffer): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(golden(`${name}.bin`), bytes);
    writeFileSync(golden(`${name}.hex`), hexDump(bytes));
  }
  if (!existsSync(golden(`${name}.bin`))) throw new Error(`no golden ${name}.bin: run with UPDATE_GOLDEN=1`);
  // Compare the dumps first: a failure then shows which line of bytes changed.
  expect(hexDump(bytes)).toBe(readFileSync(golden(`${name}.hex`), 'utf8'));
  expect(bytes.equals(readFileSync(golden(`${name}.bin`)))).toBe(true);
}

const indexOfBytes = (haystack: Buffer, ...needle: number[]): number => haystack.indexOf(Buffer.from(needle));
const gb = (text: string): Buffer => iconv.encode(text, 'gb18030');

describe('encodeTicket', () => {
  it('uses a valid job as its sample', () => {
    expect(ticketPrintJobSchema.parse(sampleJob)).toEqual(sampleJob);
    expect(ticketPrintJobSchema.parse(sampleJobEn)).toEqual(sampleJobEn);
  });

  it('matches the golden bytes (zh-Hans, 80 mm)', () => {
    expectGolden('ticket-zh-Hans', encodeTicket(sampleJob));
  });

  it('matches the golden bytes (en, 58 mm)', () => {
    expectGolden('ticket-en-58mm', encodeTicket(sampleJobEn, { width: 32 }));
  });

  it('matches the golden bytes of a 4-digit ticket (zh-Hans, 58 mm)', () => {
    expect(ticketPrintJobSchema.parse(sampleJob4Digits)).toEqual(sampleJob4Digits);
    expectGolden('ticket-4-digits-58mm', encodeTicket(sampleJob4Digits, { width: 32 }));
  });

  it('prints the longest possible number at double size within the narrowest paper', () => {
    for (const number of ['A0001', 'A1023', 'A'.padEnd(TICKET_NUMBER_MAX_LENGTH, '9')]) {
      const job = ticketPrintJobSchema.parse({ ...sampleJob, number });
      for (const width of [32, 48] as const) {
        const runs = readEscPos(encodeTicket(job, { width })).flatMap((i) => (i.kind === 'line' ? i.runs : []));
        const run = runs.find((r) => r.text === number);
        expect(run, `${number} on ${width} columns`).toMatchObject({ width: 2, height: 2, bold: true });
        expect(number.length * (run?.width ?? 0)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('starts by initialising the printer and entering Chinese mode', () => {
    expect(encodeTicket(sampleJob).subarray(0, 7).toString('hex')).toBe('1b401b74001c26');
  });

  it('prints 堃 and 龘 as GB18030 (88 D2, FD 93), never as "?"', () => {
    const bytes = encodeTicket(sampleJob);
    expect(indexOfBytes(bytes, 0x88, 0xd2)).toBeGreaterThan(0);
    expect(indexOfBytes(bytes, 0xfd, 0x93)).toBeGreaterThan(0);
    expect(bytes.indexOf(gb(sampleJob.hallName))).toBeGreaterThan(0);
    const printed = readEscPos(bytes)
      .flatMap((i) => (i.kind === 'line' ? i.runs.map((r) => r.text) : []))
      .join('');
    expect(printed).toContain('堃山区');
    expect(printed).toContain('龘');
    expect(printed).not.toMatch(/[?\ufffd]/);
  });

  it('stores the QR data with GS ( k and pL/pH = UTF-8 bytes + 3 of a non-ASCII URL', () => {
    const bytes = encodeTicket(sampleJob);
    const url = Buffer.from(sampleJob.statusUrl, 'utf8');
    expect(url.length).toBeGreaterThan(sampleJob.statusUrl.length); // 号 makes bytes ≠ characters
    const k = url.length + 3;
    const store = indexOfBytes(bytes, 0x1d, 0x28, 0x6b, k & 0xff, k >> 8, 0x31, 0x50, 0x30);
    expect(store).toBeGreaterThan(0);
    expect(bytes.subarray(store + 8, store + 8 + url.length).equals(url)).toBe(true);
    expect(bytes.subarray(store + 8 + url.length, store + 16 + url.length).toString('hex')).toBe('1d286b0300315130');
    expect(indexOfBytes(bytes, 0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00)).toBeGreaterThan(0); // model 2
    expect(indexOfBytes(bytes, 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31)).toBeGreaterThan(0); // level M
  });

  it('never uses the legacy GS Z QR command', () => {
    for (const job of [sampleJob, sampleJobEn]) {
      for (const width of [32, 48] as const) expect(indexOfBytes(encodeTicket(job, { width }), 0x1d, 0x5a)).toBe(-1);
    }
  });

  it('ends with a feed and a partial cut', () => {
    const bytes = encodeTicket(sampleJob);
    expect(bytes.subarray(-7).toString('hex')).toBe('1b6403' + '1d564200');
  });

  it('prints every part of the job, in order, and the number at double size', () => {
    const items = readEscPos(encodeTicket(sampleJob));
    const lines = items.flatMap((i) => (i.kind === 'line' ? [i.runs.map((r) => r.text).join('')] : []));
    const text = lines.join('\n');
    const order = [
      sampleJob.hallName,
      sampleJob.number,
      '城乡居民医保参保登记',
      sampleJob.zoneName,
      '老年人优先',
      sampleJob.waitAt,
      '前面还有 7 人',
      '预计等候 约 10–20 分钟',
      sampleJob.issuedAt,
      ...sampleJob.footer,
    ];
    let at = -1;
    for (const part of order) {
      const found = text.indexOf(part, at + 1);
      expect(found, part).toBeGreaterThan(at);
      at = found;
    }
    const numberRun = items.flatMap((i) => (i.kind === 'line' ? i.runs : [])).find((r) => r.text === 'A012');
    expect(numberRun).toMatchObject({ width: 2, height: 2, bold: true });
    expect(items.find((i) => i.kind === 'qr')).toMatchObject({ data: Buffer.from(sampleJob.statusUrl) });
  });

  it('marks a reprint under the number, in bold, and a first print not at all', () => {
    const lineTexts = (job: TicketPrintJob) =>
      readEscPos(encodeTicket(job)).flatMap((i) => (i.kind === 'line' ? [i.runs] : []));
    const reprinted = lineTexts({ ...sampleJob, reprint: { copy: 2, of: 3 } });
    const numberAt = reprinted.findIndex((runs) => runs.some((r) => r.text === 'A012'));
    expect(reprinted[numberAt + 1]).toEqual([expect.objectContaining({ text: '补打 REPRINT 2/3', bold: true })]);
    expect(
      lineTexts(sampleJob)
        .flat()
        .some((r) => r.text.includes('REPRINT')),
    ).toBe(false);
    const en = lineTexts({ ...sampleJobEn, reprint: { copy: 1, of: 3 } });
    expect(en.flat().some((r) => r.text === 'REPRINT 1/3')).toBe(true);
  });

  it('keeps every line within the paper width', () => {
    const long: TicketPrintJob = { ...sampleJob, serviceName: '城乡居民'.repeat(30), footer: ['x'.repeat(120)] };
    for (const width of [32, 48] as const) {
      for (const item of readEscPos(encodeTicket(long, { width }))) {
        if (item.kind !== 'line') continue;
        const cols = item.runs.reduce(
          (sum, r) => sum + [...r.text].reduce((s, ch) => s + (ch < '\x80' ? 1 : 2), 0) * r.width,
          0,
        );
        expect(cols).toBeLessThanOrEqual(width);
      }
    }
  });

  it('prints the single figure for a job of an earlier kiosk, which sends no range', () => {
    const { waitLow: _low, waitHigh: _high, ...earlier } = sampleJob;
    expect(ticketPrintJobSchema.parse(earlier)).toEqual(earlier);
    expect(iconv.decode(encodeTicket(earlier), 'gb18030')).toContain('预计等候 约 15 分钟');
  });

  it('prints the labels of the job language and nothing else of the job', () => {
    const en = readEscPos(encodeTicket(sampleJobEn))
      .flatMap((i) => (i.kind === 'line' ? [i.runs.map((r) => r.text).join('')] : []))
      .join('\n');
    expect(en).toContain('1 person ahead');
    expect(en).toContain('Estimated wait: about 10–20 min');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    const hant = { ...sampleJob, locale: 'zh-Hant' as const };
    const hantText = iconv.decode(encodeTicket(hant), 'gb18030');
    expect(hantText).toContain('前面還有 7 人');
    expect(hantText).toContain('預計等候 約 10–20 分鐘');
  });

  describe('materials to bring (一次性告知)', () => {
    const textOf = (bytes: Buffer): string[] =>
      readEscPos(bytes).flatMap((i) => (i.kind === 'line' ? [i.runs.map((r) => r.text).join('')] : []));

    it('matches the golden bytes (zh-Hans, 58 mm)', () => {
      expect(ticketPrintJobSchema.parse(sampleJobMaterials)).toEqual(sampleJobMaterials);
      expectGolden('ticket-materials-58mm', encodeTicket(sampleJobMaterials, { width: 32 }));
    });

    it('prints a job without materials exactly as before', () => {
      expect(encodeTicket({ ...sampleJob, materials: [] }).equals(encodeTicket(sampleJob))).toBe(true);
    });

    it('lists them numbered under a bold heading after the time of issue and before the QR code', () => {
      const items = readEscPos(encodeTicket(sampleJobMaterials));
      const lines = textOf(encodeTicket(sampleJobMaterials));
      const heading = lines.indexOf('请携带以下材料：');
      expect(heading).toBeGreaterThan(lines.findIndex((l) => l.includes(sampleJob.issuedAt)));
      expect(lines.slice(heading + 1, heading + 3)).toEqual(['1. 居民身份证原件', '2. 居民户口簿原件']);
      const headingRun = items
        .flatMap((i) => (i.kind === 'line' ? i.runs : []))
        .find((r) => r.text === '请携带以下材料：');
      expect(headingRun).toMatchObject({ bold: true });
      const qrAt = items.findIndex((i) => i.kind === 'qr');
      const lastItemAt = items.findIndex((i) => i.kind === 'line' && i.runs.some((r) => r.text.startsWith('3. ')));
      expect(lastItemAt).toBeGreaterThan(0);
      expect(lastItemAt).toBeLessThan(qrAt);
    });

    it('wraps a long item under its own text, within the paper, in GB18030', () => {
      for (const width of [32, 48] as const) {
        const bytes = encodeTicket(sampleJobMaterials, { width });
        const lines = textOf(bytes);
        const first = lines.findIndex((l) => l.startsWith('3. '));
        expect(lines[first + 1]?.startsWith('   ')).toBe(true);
        for (const l of lines)
          expect([...l].reduce((s, ch) => s + (ch < '\x80' ? 1 : 2), 0)).toBeLessThanOrEqual(width);
        expect(indexOfBytes(bytes, 0x88, 0xd2)).toBeGreaterThan(0); // 堃
        expect(lines.join('')).not.toMatch(/[?\ufffd]/);
      }
    });

    it('prints the heading in the job language', () => {
      const en = textOf(encodeTicket({ ...sampleJobEn, materials: ['Original resident ID card'] }));
      expect(en).toContain('Please bring:');
      expect(en).toContain('1. Original resident ID card');
      const hant = iconv.decode(encodeTicket({ ...sampleJobMaterials, locale: 'zh-Hant' }), 'gb18030');
      expect(hant).toContain('請攜帶以下材料：');
    });

    it('takes at most MATERIALS_PRINTED_MAX items', () => {
      const many = { ...sampleJob, materials: Array.from({ length: MATERIALS_PRINTED_MAX + 1 }, (_, i) => `材料${i}`) };
      expect(ticketPrintJobSchema.safeParse(many).success).toBe(false);
    });
  });
});
