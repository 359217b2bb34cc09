import type { Logger } from 'pino';
import type { HubEnv } from '../config/env.ts';
import { DemoSmsSender } from './demo-sms-sender.ts';
import { HttpSmsGateway } from './http-sms-gateway.ts';
import type { SmsSender } from './sms-sender.ts';

/**
 * The gateway named by HALL_SMS_URL; else, in the demo, the sender that shows codes; else none, and a
 * warning: no phone can be proven, so the public booking routes answer 503 SMS_UNAVAILABLE.
 */
export function smsSenderFromEnv(env: HubEnv, log: Logger): SmsSender | undefined {
  if (env.smsUrl !== undefined) return new HttpSmsGateway({ url: env.smsUrl, token: env.smsToken });
  if (env.demo) return new DemoSmsSender(log);
  log.warn(
    'no SMS gateway (HALL_SMS_URL): citizens cannot prove their phone, so public booking is off ' +
      '(503 SMS_UNAVAILABLE); counters can still book (docs/operations.md)',
  );
  return undefined;
}
