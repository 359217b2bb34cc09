import {
  raterRateReplySchema,
  raterStatusSchema,
  WINDOW_ACTIONS,
  windowActionBodySchemas,
  windowCommandResultSchema,
  windowNumberSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandAnswer } from './command-reply.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf } from './route-kit.ts';

const windowParamsSchema = z.object({ window: windowNumberSchema });

/**
 * A clerk's commands at a window (`POST /api/v1/windows/<n>/<action>`, one route per action) and what a
 * rating tablet needs: the rating itself and the status it shows.
 */
export const windowRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['windows'];
  for (const action of WINDOW_ACTIONS) {
    // A rating is the citizen's, sent by the window's clerk terminal (pad) or the window's rating tablet.
    const right = action === 'rate' ? 'rating:submit' : 'window:operate';
    app.post(
      `/api/v1/windows/:window/${action}`,
      {
        config: { right },
        schema: {
          tags,
          params: windowParamsSchema,
          body: windowActionBodySchemas[action],
          // A rating tablet gets the rating back only; everyone else the window and the ticket.
          response: {
            200:
              action === 'rate'
                ? z.union([windowCommandResultSchema, raterRateReplySchema])
                : windowCommandResultSchema,
          },
        },
      },
      (request, reply) => {
        const p = principalOf(request);
        // The gateway checks the body as sent, exactly as for the same command over socket.io.
        const answer = d.gateway.windowAction(p, action, request.params.window, request.sentBody);
        if (action === 'rate' && answer.ok && p.kind === 'device') {
          // A tablet faces the citizen: it gets the rating back, not the ticket's history or holder.
          const t = answer.value.ticket;
          return { ticket: t && { id: t.id, number: t.number, rating: t.rating } };
        }
        return commandAnswer(reply, answer, 200);
      },
    );
  }
  app.get(
    '/api/v1/rater/status',
    { config: { right: 'rater:status' }, schema: { tags, response: { 200: raterStatusSchema } } },
    (request) => {
      const p = principalOf(request);
      const number = p.kind === 'device' ? (p.device.window ?? 0) : 0;
      const w = d.hall.state.windows.get(number);
      const pending = w?.ratingTicketId ? d.hall.state.tickets.get(w.ratingTicketId) : undefined;
      return {
        window: number,
        names: d.hall.hall.windows.get(number)?.names ?? null,
        clerkName: w?.clerkName ?? null,
        pending:
          pending && w?.ratingDeadline
            ? { ticketNumber: pending.number, deadline: w.ratingDeadline, serverTime: d.clock.now() }
            : null,
      };
    },
  );
};
