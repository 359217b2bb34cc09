/**
 * Where the hub's text messages go: one-time codes that prove a phone, and the code of a booking just
 * made. A real hall sends them through its SMS gateway (http-sms-gateway.ts); the demo shows them in
 * its log and on the page (demo-sms-sender.ts); tests record them.
 */
export interface SmsSender {
  /** True for the demo sender only: the code may be handed back in the reply so the page can show it. */
  readonly showsCodes: boolean;
  /** Resolves once the gateway took the message; rejects with SmsNotSentError when it did not. */
  send(phone: string, text: string): Promise<void>;
}

/** The gateway refused the message, failed, or did not answer in time. Its message never names the phone. */
export class SmsNotSentError extends Error {
  override readonly name = 'SmsNotSentError';
}
