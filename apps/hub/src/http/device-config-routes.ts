import { displayDemoConfigSchema, kioskDemoConfigSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from './http-deps.ts';
import { refuse } from './route-kit.ts';

const windowParams = z.object({ window: z.coerce.number().int() });

/**
 * Demo mode only: the kiosk, display and rating tablet pages fetch their device token from here. A real
 * device is set up by an attendant, so without the demo these answer 404.
 */
export const deviceConfigRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const schema = { tags: ['demo device config'] };
  const noStore = { 'cache-control': 'no-store' };
  app.get(
    '/kiosk/config.json',
    { schema: { ...schema, response: { 200: kioskDemoConfigSchema } } },
    (_request, reply) => {
      if (!d.demo) refuse({ code: 'NOT_FOUND', message: 'this device is set up by an attendant' });
      void reply.headers(noStore);
      return { hubUrl: '', token: d.demo.kioskToken, kioskName: d.demo.kioskName };
    },
  );
  app.get(
    '/display/config.json',
    { schema: { ...schema, response: { 200: displayDemoConfigSchema } } },
    (_request, reply) => {
      if (!d.demo) refuse({ code: 'NOT_FOUND', message: 'this device is set up by an attendant' });
      void reply.headers(noStore);
      return { token: d.demo.displayToken };
    },
  );
  app.get(
    '/rate/:window(^[0-9]{1,3}$)/config.json',
    { schema: { ...schema, params: windowParams, response: { 200: displayDemoConfigSchema } } },
    (request, reply) => {
      const { window } = request.params;
      if (!d.windowNumbers().has(window))
        refuse({ code: 'UNKNOWN_WINDOW', message: `window ${window} is not in this hall` });
      // Only the demo hands a tablet its token; a real one is set up by an attendant.
      if (!d.demo) refuse({ code: 'NOT_FOUND', message: 'the rating tablet is set up on the device' });
      void reply.headers(noStore);
      return { token: d.demo.raterToken(window) };
    },
  );
};
