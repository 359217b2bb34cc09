/**
 * The shape of a ticket number: a prefix letter and the daily sequence of that prefix, padded to the
 * service's width (`numberDigits`). The width is a floor, not a ceiling: after the last number of the
 * width the sequence goes on with one more digit (A999 → A1000), so a busy day never runs out.
 */

/** The widths a service may choose: `A001` (3) or `A0001` (4). */
export const NUMBER_DIGITS = [3, 4] as const;
export type NumberDigits = (typeof NUMBER_DIGITS)[number];
export const DEFAULT_NUMBER_DIGITS: NumberDigits = 3;

/**
 * The highest daily sequence of one prefix: the widest width plus one overflow digit. That is more than
 * one ticket a second for 24 hours (86,400), so no real day reaches it; it only bounds layouts and checks.
 */
export const MAX_SEQ_PER_PREFIX = 99_999;

/** Any ticket number the hub can issue: `A001` … `A99999`. */
export const TICKET_NUMBER_PATTERN = /^[A-Z][0-9]{3,5}$/;

/** The longest ticket number in characters (prefix + 5 digits): what printed and displayed layouts must fit. */
export const TICKET_NUMBER_MAX_LENGTH = 6;

/**
 * How far a prefix is through its width today: `ok`; `low` from 90 % of the width (900 of 999, 9000 of
 * 9999); `overflowed` once its numbers have one more digit than the width (time to choose 4 digits).
 */
export const NUMBERING_LEVELS = ['ok', 'low', 'overflowed'] as const;
export type NumberingLevel = (typeof NUMBERING_LEVELS)[number];
