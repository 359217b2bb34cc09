import { extname, join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PREVIEW_PATH } from '../kiosk/kiosk-printers.ts';
import type { HttpDeps } from './http-deps.ts';
import { placeholderPage } from './placeholder-page.ts';
import { PLACEHOLDER_CSP, withPageCsp } from './security-headers.ts';
import { HASHED_ASSET, inside, isFile } from './static-files.ts';

/** The web UIs the hub serves, each from `<webRoot>/<name>/dist` once its issue has built it. */
export const UI_NAMES = ['kiosk', 'counter', 'display', 'book', 'admin', 'guide'] as const;
export type UiName = (typeof UI_NAMES)[number];

/**
 * Serves `/<ui>/…` from the UI's build with ETags; hashed assets are cached for good, index.html is
 * revalidated, and any other path falls back to index.html (client-side routes). Without a build, a page
 * says plainly that this UI is not built yet. Also the print previews, and `/` → the wall display.
 */
export const uiRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  // Only `reply.sendFile`: which file answers a path is decided below.
  await app.register(fastifyStatic, { root: d.webRoot, serve: false });
  const hide = { schema: { hide: true } };

  const serveUi = async (reply: FastifyReply, ui: UiName, rest: string) => {
    const root = join(d.webRoot, ui, 'dist');
    if (!(await isFile(join(root, 'index.html')))) {
      return reply
        .code(200)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', PLACEHOLDER_CSP)
        .send(placeholderPage(ui));
    }
    const file = inside(root, rest);
    if (file !== undefined && file !== 'index.html' && (await isFile(join(root, file)))) {
      const cache = file.startsWith(`assets${sep}`) ? HASHED_ASSET : 'public, max-age=3600';
      return reply.header('cache-control', cache).sendFile(file, root, { cacheControl: false });
    }
    await withPageCsp(reply, join(root, 'index.html'));
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  };
  for (const ui of UI_NAMES) {
    app.get(`/${ui}`, hide, (_request, reply) => serveUi(reply, ui, ''));
    app.get<{ Params: { '*': string } }>(`/${ui}/*`, hide, (request, reply) => serveUi(reply, ui, request.params['*']));
  }

  // A virtual printer's ticket preview (`<device>/<file>.png`): tickets carry no personal data.
  app.get<{ Params: { '*': string } }>(`${PREVIEW_PATH}/*`, hide, async (request, reply) => {
    const file = inside(d.printDir, request.params['*']);
    if (file === undefined || extname(file) !== '.png' || !(await isFile(join(d.printDir, file)))) {
      return reply.code(404).type('text/plain; charset=utf-8').send('no such preview');
    }
    return reply.header('cache-control', 'public, max-age=86400').sendFile(file, d.printDir, { cacheControl: false });
  });

  app.get('/', hide, (_request, reply) => reply.redirect('/display', 302));
};
