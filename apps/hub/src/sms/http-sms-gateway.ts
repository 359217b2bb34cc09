import { SmsNotSentError, type SmsSender } from './sms-sender.ts';

export interface SmsGatewaySettings {
  /** HALL_SMS_URL: the gateway's endpoint, which takes `POST { "to": "<phone>", "text": "<message>" }` as JSON. */
  url: string;
  /** HALL_SMS_TOKEN: sent as `Authorization: Bearer <token>` when set. */
  token?: string | undefined;
  /** How long one message may take before it counts as not sent. */
  timeoutMs?: number;
}

/**
 * A hall's SMS gateway over HTTP. Any 2xx answer means sent; anything else (an error status, a network
 * failure, no answer within the timeout) is a SmsNotSentError, which the hub answers with 503
 * SMS_UNAVAILABLE. Errors carry the status or the failure's kind, never the phone or the text.
 */
export class HttpSmsGateway implements SmsSender {
  readonly showsCodes = false;

  constructor(
    private readonly settings: SmsGatewaySettings,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    let status: number;
    try {
      const res = await this.fetchFn(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
        },
        body: JSON.stringify({ to: phone, text }),
        signal: AbortSignal.timeout(this.settings.timeoutMs ?? 5_000),
      });
      status = res.status;
      // The body is not needed; reading it frees the connection.
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      const kind = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
      throw new SmsNotSentError(`the SMS gateway ${kind}`);
    }
    if (status < 200 || status > 299) throw new SmsNotSentError(`the SMS gateway answered ${status}`);
  }
}
