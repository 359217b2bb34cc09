import { timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { Clock } from '../clock.ts';
import type { PhoneVerifier } from '../hall/phone-verifier.ts';

/** Wrong codes or digits one kiosk may send within FAILURE_WINDOW_MS before its check-ins are refused. */
export const KIOSK_FAILURES = 5;
export const FAILURE_WINDOW_MS = 10 * 60_000;

/**
 * A booking code alone does not check a booking in: someone who saw a code (over a shoulder, on a photo)
 * would take the citizen's place. The kiosk also asks for the last four digits of the booking's phone; a
 * booking made without a phone (at a counter) is checked in by its code alone. Wrong codes and digits are
 * counted per kiosk: the 5th within 10 minutes refuses that kiosk's check-ins until the oldest is 10
 * minutes old, so the 10 000 possible digits cannot be walked through.
 */
export class CheckInGuard {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly store: HallStore,
    private readonly phones: PhoneVerifier,
    private readonly clock: Clock,
  ) {}

  /** RATE_LIMITED while this kiosk has too many recent failures. */
  open(kioskId: string): Result<void> {
    if (this.recent(kioskId).length < KIOSK_FAILURES) return ok(undefined);
    return fail('RATE_LIMITED', 'too many wrong booking codes or phone digits at this kiosk: please ask the staff');
  }

  /** Whether the digits fit the booking's phone (always true for a booking made without a phone). */
  matches(code: string, phoneLast4: string | undefined): boolean {
    const tail = this.store.bookings.phoneKeysOf(code).phoneTailKey;
    if (tail === undefined) return true;
    if (phoneLast4 === undefined) return false;
    return timingSafeEqual(Buffer.from(this.phones.tailKey(code, phoneLast4), 'hex'), Buffer.from(tail, 'hex'));
  }

  /** One more wrong code or wrong digits at this kiosk. */
  failed(kioskId: string): void {
    this.failures.set(kioskId, [...this.recent(kioskId), this.clock.now()]);
  }

  private recent(kioskId: string): number[] {
    const since = this.clock.now() - FAILURE_WINDOW_MS;
    return (this.failures.get(kioskId) ?? []).filter((at) => at > since);
  }
}
