import { statusCodeParamsSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from './http-deps.ts';
import { ratingPage } from './rating-page.ts';
import { refuse } from './route-kit.ts';
import { statusPage } from './status-page.ts';

const windowParams = z.object({ window: z.coerce.number().int() });

/** The two pages citizens open: a ticket's status on their phone (`/t/<code>`) and a window's rating tablet. */
export const citizenPages: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const hide = { hide: true };
  app.get(
    '/t/:code(^[A-Za-z0-9]{6,20}$)',
    { schema: { ...hide, params: statusCodeParamsSchema } },
    (request, reply) => {
      const { code } = request.params;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(statusPage(code));
    },
  );
  app.get('/rate/:window(^[0-9]{1,3}$)', { schema: { ...hide, params: windowParams } }, (request, reply) => {
    const { window } = request.params;
    if (!d.windowNumbers.has(window))
      refuse({ code: 'UNKNOWN_WINDOW', message: `window ${window} is not in this hall` });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(ratingPage(window));
  });
};
