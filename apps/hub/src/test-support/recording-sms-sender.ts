import { normalizePhone } from '@hall/protocol';
import type { SmsSender } from '../sms/sms-sender.ts';

/** Tests' SMS gateway: keeps every message, and fails on demand. */
export class RecordingSmsSender implements SmsSender {
  readonly showsCodes = false;
  readonly sent: { phone: string; text: string }[] = [];
  /** Set to make every send fail, as a gateway that is down. */
  failing = false;

  send(phone: string, text: string): Promise<void> {
    if (this.failing) return Promise.reject(new Error('gateway down'));
    this.sent.push({ phone, text });
    return Promise.resolve();
  }

  /** The one-time code last texted to a phone (as typed: it is read as the hub reads it). */
  lastCode(phone: string): string {
    const to = normalizePhone(phone);
    const text = this.sent.filter((m) => m.phone === to).at(-1)?.text ?? '';
    const code = /验证码 (\d{6})/.exec(text)?.[1];
    if (code === undefined) throw new Error(`no code was texted to ${phone}`);
    return code;
  }
}
