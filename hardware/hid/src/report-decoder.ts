import { codeOfUsage, lookupKey } from './key-names.ts';
import type { ReportLayout } from './pad-config.ts';

/** What one input report says: a key is down, no key is down, or nothing we can trust. */
export type ReportReading = { type: 'key'; usage: number } | { type: 'release' } | { type: 'invalid' };

const INVALID: ReportReading = { type: 'invalid' };

// Boot keyboards fill every key slot with 0x01 (ErrorRollOver) when too many keys are held, and 0x02/0x03
// report self-test failures: none of them is a key.
const ERROR_USAGES = new Set([0x01, 0x02, 0x03]);

function toBytes(report: unknown): ArrayLike<number> | null {
  if (report instanceof Uint8Array) return report;
  if (Array.isArray(report) && report.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return report;
  return null;
}

/**
 * Reads one raw input report (node-hid hands Buffers; the sync API hands number arrays). Pure, and never
 * throws: whatever a broken or hostile device sends becomes `invalid`.
 */
export function readReport(report: unknown, layout: ReportLayout): ReportReading {
  try {
    const bytes = toBytes(report);
    if (!bytes || bytes.length < layout.minLength || bytes.length <= layout.keyByte) return INVALID;
    if (layout.reportId !== undefined && bytes[0] !== layout.reportId) return INVALID;
    const usage = bytes[layout.keyByte] ?? 0;
    if (usage === 0) return { type: 'release' };
    if (ERROR_USAGES.has(usage)) return INVALID;
    return { type: 'key', usage };
  } catch {
    return INVALID;
  }
}

/**
 * The keyMap key a report presses ('1', 'F13', '0x68'), or null: malformed, short, another report id, a key
 * release (no key down) or a key the pad's keyMap does not have.
 */
export function decodeReport(
  report: unknown,
  layout: ReportLayout,
  keyMap: Readonly<Record<string, unknown>>,
): string | null {
  const reading = readReport(report, layout);
  if (reading.type !== 'key') return null;
  return lookupKey(keyMap, { code: codeOfUsage(reading.usage), usage: reading.usage })?.name ?? null;
}
