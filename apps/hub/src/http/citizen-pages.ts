import { join, sep } from 'node:path';
import { statusCodeParamsSchema } from '@hall/protocol';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HttpDeps } from './http-deps.ts';
import { placeholderPage, type CitizenPage } from './placeholder-page.ts';
import { refuse } from './route-kit.ts';
import { PLACEHOLDER_CSP, withPageCsp } from './security-headers.ts';
import { HASHED_ASSET, inside, isFile } from './static-files.ts';

const windowParams = z.object({ window: z.coerce.number().int() });

/**
 * Where the citizen pages' hashed files are served: a path of its own, since `/t/assets` would be a ticket
 * code and `/rate/…` takes window numbers. The app's Vite `base` is the same (`apps/citizen/vite.config.ts`).
 */
export const CITIZEN_ASSETS_PATH = '/citizen/assets';

/**
 * The two pages citizens open, from the `apps/citizen` build (`<webRoot>/citizen/dist`): a ticket's status
 * on their phone (`/t/<code>`, `status.html`) and a window's rating tablet (`/rate/<n>`, `rate.html`). The
 * page is never cached (no-store, as the pages always were); its hashed assets are cached for good.
 */
export const citizenPages: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const hide = { hide: true };
  const root = join(d.webRoot, 'citizen', 'dist');
  // Only `reply.sendFile` (ETag, ranges, HEAD): which file answers a path is decided below.
  await app.register(fastifyStatic, { root, serve: false });

  const servePage = async (reply: FastifyReply, page: CitizenPage) => {
    const file = `${page}.html`;
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    if (!(await isFile(join(root, file)))) {
      return reply.header('content-security-policy', PLACEHOLDER_CSP).send(placeholderPage(page));
    }
    await withPageCsp(reply, join(root, file));
    return reply.sendFile(file, root, { cacheControl: false });
  };

  app.get('/t/:code(^[A-Za-z0-9]{6,20}$)', { schema: { ...hide, params: statusCodeParamsSchema } }, (_request, reply) =>
    servePage(reply, 'status'),
  );
  app.get('/rate/:window(^[0-9]{1,3}$)', { schema: { ...hide, params: windowParams } }, (request, reply) => {
    const { window } = request.params;
    if (!d.windowNumbers().has(window))
      refuse({ code: 'UNKNOWN_WINDOW', message: `window ${window} is not in this hall` });
    return servePage(reply, 'rate');
  });
  app.get<{ Params: { '*': string } }>(`${CITIZEN_ASSETS_PATH}/*`, { schema: hide }, async (request, reply) => {
    const file = inside(root, `assets${sep}${request.params['*']}`);
    if (file === undefined || !file.startsWith(`assets${sep}`) || !(await isFile(join(root, file)))) {
      refuse({ code: 'NOT_FOUND', message: `no such file ${request.url}` });
    }
    return reply.header('cache-control', HASHED_ASSET).sendFile(file, root, { cacheControl: false });
  });
};
