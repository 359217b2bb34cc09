import {
  DEFAULT_NUMBER_DIGITS,
  MAX_SEQ_PER_PREFIX,
  type HallConfig,
  type NumberDigits,
  type NumberingLevel,
} from '@hall/protocol';

/**
 * Ticket numbers: the prefix letter and the prefix's daily sequence, padded to the service's width.
 *
 * The width is a floor. After the last number of the width the sequence goes on with one more digit
 * (A999 → A1000, A9999 → A10000): still unique for the day, because the digits read as a plain integer
 * give the sequence back whatever the width. So a busy day never refuses a citizen for want of numbers;
 * only `MAX_SEQ_PER_PREFIX` (99,999, more than one ticket a second around the clock) bounds it.
 */

export function formatTicketNumber(prefix: string, seq: number, digits: NumberDigits = DEFAULT_NUMBER_DIGITS): string {
  return `${prefix}${String(seq).padStart(digits, '0')}`;
}

export function ticketIdOf(businessDay: string, number: string): string {
  return `${businessDay}/${number}`;
}

/** The last number that keeps the width: 999 for 3 digits, 9999 for 4. */
export function lastNumberOfWidth(digits: NumberDigits): number {
  return 10 ** digits - 1;
}

/** Whether a daily sequence number can be issued at all (1 … MAX_SEQ_PER_PREFIX). */
export function isIssuableSeq(seq: number): boolean {
  return Number.isInteger(seq) && seq >= 1 && seq <= MAX_SEQ_PER_PREFIX;
}

/** The admin is warned once a prefix has used this share of its width (900 of 999, 9000 of 9999). */
export const NUMBERS_LOW_SHARE = 0.9;

export function warnAtOf(digits: NumberDigits): number {
  return Math.ceil(lastNumberOfWidth(digits) * NUMBERS_LOW_SHARE);
}

/** The level (`ok`, `low`, `overflowed`, see @hall/protocol) of a prefix whose last number today is `lastSeq`. */
export function numberingLevel(lastSeq: number, digits: NumberDigits): NumberingLevel {
  if (lastSeq > lastNumberOfWidth(digits)) return 'overflowed';
  return lastSeq >= warnAtOf(digits) ? 'low' : 'ok';
}

/** One prefix's numbering today, as the admin sees it. */
export interface PrefixNumbering {
  prefix: string;
  numberDigits: NumberDigits;
  /** The services that share this prefix (and so its sequence), in config order. */
  serviceIds: string[];
  /** The last sequence number issued today, 0 before the first ticket. */
  lastSeq: number;
  /** The last number of the width (999 / 9999). */
  lastOfWidth: number;
  /** The sequence number from which the prefix counts as running low. */
  warnAt: number;
  level: NumberingLevel;
}

/**
 * Every prefix of the hall in config order. The width of a prefix is its first service's: the protocol
 * schema refuses a configuration whose services sharing a prefix disagree.
 */
export function prefixNumbering(config: HallConfig, lastSeqOf: (prefix: string) => number): PrefixNumbering[] {
  const byPrefix = new Map<string, PrefixNumbering>();
  for (const s of config.services) {
    const known = byPrefix.get(s.prefix);
    if (known) {
      known.serviceIds.push(s.id);
      continue;
    }
    const lastSeq = lastSeqOf(s.prefix);
    byPrefix.set(s.prefix, {
      prefix: s.prefix,
      numberDigits: s.numberDigits,
      serviceIds: [s.id],
      lastSeq,
      lastOfWidth: lastNumberOfWidth(s.numberDigits),
      warnAt: warnAtOf(s.numberDigits),
      level: numberingLevel(lastSeq, s.numberDigits),
    });
  }
  return [...byPrefix.values()];
}
