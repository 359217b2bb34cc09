import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  maskPhone,
  normalizePhone,
  PHONE_CODE_LENGTH,
  type PhoneCodeSent,
  type PhoneProof,
  type Result,
} from '@hall/protocol';
import { fail, ok } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { Clock } from '../clock.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { SmsNotSentError, type SmsSender } from '../sms/sms-sender.ts';

/** A one-time code is accepted this long after it was sent. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong tries a code survives; the last one voids it. */
export const CODE_TRIES = 5;
/** A phone gets a new code at most this often. */
export const RESEND_AFTER_MS = 60_000;
/** A proof opens the phone's bookings this long. */
export const PROOF_TTL_MS = 30 * 60_000;

/** The hall's secret for keyed phone hashes, made once and kept with the hall's data. */
const SECRET_KEY = 'phone_key_secret';

export interface PhoneLimits {
  /** Code requests per client address. */
  codesPerAddress: RateLimiter;
  /** Code requests per phone (on top of one per RESEND_AFTER_MS). */
  codesPerPhone: RateLimiter;
}

/**
 * Proof that a citizen holds a phone: a one-time code sent to it, traded for a proof token. The database
 * knows a phone only by its keyed hash (HMAC-SHA256 with the hall's secret), and codes and proofs only by
 * their hashes: there are too few phone numbers (and codes) for a plain hash to hide one.
 */
export class PhoneVerifier {
  private readonly secret: Buffer;

  constructor(
    private readonly store: HallStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly sms: SmsSender | undefined,
    private readonly limits: PhoneLimits,
    /** The hall's name as texts are signed with it; read at each text, so a renamed hall signs with its new name. */
    private readonly senderName: () => string,
  ) {
    let hex = store.meta.json(SECRET_KEY);
    if (typeof hex !== 'string') {
      hex = randomBytes(32).toString('hex');
      store.meta.setJson(SECRET_KEY, hex);
    }
    this.secret = Buffer.from(hex as string, 'hex');
  }

  /** False when no SMS gateway is configured (and the hub is not a demo): no phone can be proven. */
  get available(): boolean {
    return this.sms !== undefined;
  }

  private keyed(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }

  /** The phone as the database knows it. */
  phoneKey(phone: string): string {
    return this.keyed(`phone:${normalizePhone(phone)}`);
  }

  /** What the kiosk's check-in compares: the booking code with the last four digits of its phone. */
  tailKey(code: string, phoneOrLast4: string): string {
    return this.keyed(`tail:${code}:${normalizePhone(phoneOrLast4).slice(-4)}`);
  }

  private unavailable<T>(): Result<T> {
    return fail('SMS_UNAVAILABLE', 'this hall sends no text messages (no SMS gateway): book at the hall or by phone');
  }

  /** Sends a new one-time code to the phone; the previous one of the phone stops working. */
  async sendCode(phone: string, address: string): Promise<Result<PhoneCodeSent>> {
    if (!this.sms) return this.unavailable();
    if (!this.limits.codesPerAddress.take(`ip:${address}`)) {
      return fail('RATE_LIMITED', 'too many codes asked for from this address: try again later');
    }
    const now = this.clock.now();
    const key = this.phoneKey(phone);
    const last = this.store.phoneProofs.code(key);
    if (last && now < last.sentAt + RESEND_AFTER_MS) {
      const seconds = Math.ceil((last.sentAt + RESEND_AFTER_MS - now) / 1000);
      return fail('RATE_LIMITED', `a code was just sent to this phone: ask again in ${seconds} s`);
    }
    if (!this.limits.codesPerPhone.take(key)) {
      return fail('RATE_LIMITED', 'too many codes sent to this phone: try again later');
    }
    const code = String(randomInt(0, 10 ** PHONE_CODE_LENGTH)).padStart(PHONE_CODE_LENGTH, '0');
    const expiresAt = now + CODE_TTL_MS;
    this.store.phoneProofs.saveCode(key, {
      codeHash: this.keyed(`code:${key}:${code}`),
      sentAt: now,
      expiresAt,
      triesLeft: CODE_TRIES,
    });
    const text = `【${this.senderName()}】验证码 ${code}，10 分钟内有效。Verification code ${code}, valid for 10 minutes.`;
    try {
      await this.sms.send(normalizePhone(phone), text);
    } catch (err) {
      this.store.phoneProofs.forgetCode(key);
      this.log.warn({ err: errorText(err) }, 'one-time code not sent');
      return fail('SMS_UNAVAILABLE', 'the text message could not be sent: try again in a few minutes');
    }
    this.log.info({ to: maskPhone(phone) }, 'one-time code sent');
    return ok({
      sentTo: maskPhone(phone),
      expiresAt,
      resendAfter: now + RESEND_AFTER_MS,
      ...(this.sms.showsCodes ? { demoCode: code } : {}),
    });
  }

  /** Trades the phone's current code for a proof. Each wrong try is spent; the fifth voids the code. */
  prove(phone: string, code: string): Result<PhoneProof> {
    if (!this.sms) return this.unavailable();
    const now = this.clock.now();
    const key = this.phoneKey(phone);
    const stored = this.store.phoneProofs.code(key);
    if (!stored || stored.expiresAt <= now || stored.triesLeft <= 0) {
      return fail('PHONE_CODE_INVALID', 'no valid code for this phone: ask for a new one');
    }
    const given = Buffer.from(this.keyed(`code:${key}:${code}`), 'hex');
    if (!timingSafeEqual(given, Buffer.from(stored.codeHash, 'hex'))) {
      const left = stored.triesLeft - 1;
      if (left <= 0) this.store.phoneProofs.forgetCode(key);
      else this.store.phoneProofs.spendTry(key);
      return fail(
        'PHONE_CODE_INVALID',
        left > 0 ? `wrong code: ${left} tries left` : 'wrong code: the code is now void, ask for a new one',
      );
    }
    const proof = newToken();
    const expiresAt = now + PROOF_TTL_MS;
    this.store.transaction(() => {
      this.store.phoneProofs.forgetCode(key);
      this.store.phoneProofs.saveProof(hashToken(proof), key, expiresAt);
    });
    return ok({ proof, expiresAt });
  }

  /** The phone key a proof (the `X-Phone-Proof` header) stands for. */
  provenPhone(proof: string | undefined): Result<string> {
    if (!this.sms) return this.unavailable();
    const key = proof ? this.store.phoneProofs.phoneKeyOf(hashToken(proof), this.clock.now()) : undefined;
    return key
      ? ok(key)
      : fail('PHONE_PROOF_REQUIRED', 'prove the phone first: send X-Phone-Proof from POST /api/v1/public/phone-proofs');
  }

  /** A text the citizen should get but need not wait for (a booking's code): failures are logged only. */
  notify(phone: string, text: string): void {
    if (!this.sms) return;
    this.sms.send(normalizePhone(phone), text).catch((err: unknown) => {
      this.log.warn({ err: errorText(err) }, 'text message not sent');
    });
  }

  /** Spent codes and expired proofs leave the database. */
  forgetExpired(): void {
    this.store.phoneProofs.forgetExpired(this.clock.now());
  }
}

/** What may be logged of a sending failure: the gateway's errors never hold the phone; others are named only. */
function errorText(err: unknown): string {
  return err instanceof SmsNotSentError ? err.message : err instanceof Error ? err.name : 'unknown failure';
}
