import {
  issueTicketBodySchema,
  WINDOW_ACTIONS,
  windowActionBodySchemas,
  windowNumberSchema,
  type ErrorBody,
  type IssuedTicket,
  type WindowAction,
  type WindowCommand,
  type WindowCommandResult,
} from '@hall/protocol';
import type { Logger } from 'pino';
import { can, type Principal, type Right } from '../auth/principal.ts';
import type { RateLimiter } from '../rate-limiter.ts';
import { ThrottledLog } from '../throttled-log.ts';
import { parseInput } from '../validation.ts';
import type { CommandReply, HallService } from './hall-service.ts';

/** `https://hall.example/queue` + `/t/K7M2P9Q4RT`: the phone page under the hall's public address. */
export function statusUrlUnder(publicUrl: string, statusPath: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${statusPath.replace(/^\/+/, '')}`;
}

export type GatewayReply<T> = { ok: true; value: T; replayed: boolean } | { ok: false; error: ErrorBody };

/**
 * The one door for commands, whether they come over HTTP or socket.io: rights, rate, schema, then the
 * hall. Nothing a client sends can throw past it.
 */
export class CommandGateway {
  /** Refusal lines per principal: a client hammering refused commands must not write a line for each. */
  private readonly refusalLog: ThrottledLog;

  constructor(
    private readonly hall: HallService,
    private readonly rate: RateLimiter,
    private readonly log: Logger,
    /** HALL_PUBLIC_URL: issued tickets then carry `statusUrl` under it; none: only `statusPath`. */
    private readonly publicUrl?: string,
  ) {
    this.refusalLog = new ThrottledLog(log, 'command refused', { now: () => hall.now() });
  }

  issueTicket(principal: Principal, input: unknown): GatewayReply<IssuedTicket> {
    return this.guarded(principal, 'ticket:issue', 'ticket:issue', () => {
      const body = parseInput(issueTicketBodySchema, input);
      if (!body.ok) return body;
      const issued = fromCommand(this.hall.issueTicket(principal, body.value));
      const { publicUrl } = this;
      if (!issued.ok || publicUrl === undefined) return issued;
      return { ...issued, value: { ...issued.value, statusUrl: statusUrlUnder(publicUrl, issued.value.statusPath) } };
    });
  }

  windowAction(
    principal: Principal,
    action: string,
    window: unknown,
    input: unknown,
  ): GatewayReply<WindowCommandResult> {
    // A rating is the citizen's, sent by the window's clerk terminal (pad) or the window's rating tablet.
    // The action is the caller's text: an unknown one is not logged as given.
    const command = isWindowAction(action) ? `window:${action}` : 'window:(unknown)';
    return this.guarded(principal, command, action === 'rate' ? 'rating:submit' : 'window:operate', () => {
      if (!isWindowAction(action)) {
        return {
          ok: false,
          error: { code: 'NOT_FOUND', message: `no window action "${action}"; one of ${WINDOW_ACTIONS.join(', ')}` },
        };
      }
      const number = parseInput(windowNumberSchema, window);
      if (!number.ok) return number;
      const body = parseInput(windowActionBodySchemas[action], input);
      if (!body.ok) return body;
      const command = { ...body.value, action, window: number.value } as WindowCommand;
      return fromCommand(this.hall.windowCommand(principal, command));
    });
  }

  private guarded<T>(principal: Principal, command: string, right: Right, run: () => GatewayReply<T>): GatewayReply<T> {
    const reply = this.checked(principal, right, run);
    if (!reply.ok) this.logRefusal(principal, command, reply.error.code);
    return reply;
  }

  /** One line per refusal: the command, who, the code; never the body or the message (they may hold personal data). */
  private logRefusal(principal: Principal, command: string, code: string): void {
    if (code === 'INTERNAL') return; // logged with its error where it happened
    this.refusalLog.warn(principal.id, { command, principal: principal.id, code });
  }

  private checked<T>(principal: Principal, right: Right, run: () => GatewayReply<T>): GatewayReply<T> {
    if (!can(principal, right)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: `a ${principal.role} may not ${right.replace(':', ' ')}` },
      };
    }
    if (!this.rate.take(principal.id)) {
      return {
        ok: false,
        error: { code: 'RATE_LIMITED', message: 'too many requests: slow down and retry in a moment' },
      };
    }
    try {
      return run();
    } catch (err) {
      this.log.error({ err, principal: principal.id, right }, 'command failed');
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'the hub could not apply this command; it was not applied' },
      };
    }
  }
}

function isWindowAction(a: string): a is WindowAction {
  return (WINDOW_ACTIONS as readonly string[]).includes(a);
}

function fromCommand<T>(reply: CommandReply<T>): GatewayReply<T> {
  if (reply.result.ok) return { ok: true, value: reply.result.value, replayed: reply.replayed };
  return { ok: false, error: { code: reply.result.error.code, message: reply.result.error.message } };
}
