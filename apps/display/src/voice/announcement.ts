import type { HallEventMessage } from '@hall/protocol';

/**
 * What a call says, as display text and as the ordered list of recorded clips to play.
 * Pure: no DOM, no clock, so the wording is unit-tested and identical for the speech and clip players.
 */

/** One call or recall to announce, taken from a `ticket.called` / `ticket.recalled` event. */
export interface CallAnnouncement {
  /** The hub's stored event id: the key of the no-repeat rule (a recall is a new event, so a new id). */
  eventId: number;
  /** Event time, ms since epoch (hub clock). */
  at: number;
  /** The ticket number as printed, e.g. `A023`. */
  number: string;
  window: number;
  recall: boolean;
}

export type AnnouncementLocale = 'zh-Hans' | 'en';

export interface ClipOptions {
  /** Start with the chime (default true); repeats of the same announcement may leave it out. */
  chime?: boolean;
  /** Append the English sentence after the Chinese one (default false). */
  english?: boolean;
}

/** Sentence for speech synthesis and for captions. */
export function announcementText(a: CallAnnouncement, locale: AnnouncementLocale): string {
  return locale === 'zh-Hans'
    ? `请 ${a.number} 号 到 ${a.window} 号窗口 办理`
    : `Number ${a.number}, please go to window ${a.window}`;
}

/**
 * Clip names, in playing order, for the clip player (files `<name>.wav`, see scripts/generate-voice-clips.mjs).
 * Ticket numbers are read character by character (A, 0, 2, 3: how halls read them, and the leading zeros
 * matter); the window is read as a Chinese number (28 → 二十八), as people say window numbers.
 */
export function clipSequence(a: CallAnnouncement, opts: ClipOptions = {}): string[] {
  const clips: string[] = [];
  if (opts.chime ?? true) clips.push('chime');
  clips.push('qing', ...numberChars(a.number, 'digit-'), 'hao', 'dao', ...chineseNumber(a.window), 'hao');
  clips.push('chuangkou', 'banli');
  if (opts.english) clips.push(...englishClips(a));
  return clips;
}

/** The English sentence as clips: "Number A 0 2 3, please go to window twenty eight". */
export function englishClips(a: CallAnnouncement): string[] {
  return ['en-number', ...numberChars(a.number, 'en-'), 'en-window', ...englishNumber(a.window)];
}

const ZH_DIGITS = '零一二三四五六七八九';

/**
 * The sentence handed to speech synthesis. Unlike `announcementText`, the ticket number is spelled out
 * (A 零 二 三 / A 0 2 3) because a synthesiser would otherwise read "023" as twenty-three.
 */
export function spokenText(a: CallAnnouncement, locale: AnnouncementLocale): string {
  const chars = [...a.number].filter((c) => c.trim() !== '');
  if (locale === 'en') return `Number ${chars.join(' ')}, please go to window ${a.window}`;
  const zh = chars.map((c) => (c >= '0' && c <= '9' ? ZH_DIGITS[Number(c)] : c)).join(' ');
  return `请 ${zh} 号, 到 ${a.window} 号窗口 办理`;
}

/**
 * The announcement an event asks for, or null: only `ticket.called` and `ticket.recalled` are spoken.
 * A recall event carries no window, so the window comes from the ticket (which holds it while called).
 */
export function announcementFromEvent(event: HallEventMessage): CallAnnouncement | null {
  if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return null;
  const ticket = event.ticket;
  const window = ticket?.window ?? event.window?.number ?? null;
  if (!ticket || window === null) return null;
  return { eventId: event.id, at: event.at, number: ticket.number, window, recall: event.type === 'ticket.recalled' };
}

/** Letters → `letter-x` (English voice in both languages); digits → `<digitPrefix>N`; anything else is skipped. */
function numberChars(ticketNumber: string, digitPrefix: string): string[] {
  const out: string[] = [];
  for (const ch of ticketNumber.toLowerCase()) {
    if (ch >= 'a' && ch <= 'z') out.push(`letter-${ch}`);
    else if (ch >= '0' && ch <= '9') out.push(`${digitPrefix}${ch}`);
  }
  return out;
}

/**
 * 1..999 as Chinese number clips: 3 → 三, 12 → 十二, 28 → 二十八, 105 → 一百零五, 110 → 一百一十.
 * Out of range (never in a real hall) falls back to digit by digit rather than saying something wrong.
 */
export function chineseNumber(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 999) return numberChars(String(Math.abs(Math.trunc(n))), 'digit-');
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const out: string[] = [];
  if (hundreds > 0) out.push(`digit-${hundreds}`, 'bai');
  if (tens > 0) {
    // 十二, not 一十二, on its own; but 一百一十 inside a hundred.
    if (hundreds > 0 || tens > 1) out.push(`digit-${tens}`);
    out.push('shi');
  } else if (hundreds > 0 && ones > 0) {
    out.push('ling');
  }
  if (ones > 0) out.push(`digit-${ones}`);
  return out;
}

/** 1..999 as English number clips: 28 → twenty eight, 105 → one hundred five. */
export function englishNumber(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) return numberChars(String(Math.abs(Math.trunc(n))), 'en-');
  if (n === 0) return ['en-0'];
  const out: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) out.push(`en-${hundreds}`, 'en-hundred');
  if (rest >= 20) {
    out.push(`en-${rest - (rest % 10)}`);
    if (rest % 10 > 0) out.push(`en-${rest % 10}`);
  } else if (rest > 0) {
    out.push(`en-${rest}`);
  }
  return out;
}
