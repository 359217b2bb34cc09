import { maskPhone } from '@hall/protocol';
import type { Logger } from 'pino';
import type { SmsSender } from './sms-sender.ts';

/**
 * The demo hall sends no texts: each message goes to the log with the phone masked, and one-time codes
 * are handed back to the page (`demoCode`) so that anyone trying the demo can book. Only with HALL_DEMO=1.
 */
export class DemoSmsSender implements SmsSender {
  readonly showsCodes = true;

  constructor(private readonly log: Logger) {}

  send(phone: string, text: string): Promise<void> {
    this.log.info({ to: maskPhone(phone), text }, 'demo: text message not sent, shown here instead');
    return Promise.resolve();
  }
}
