import Fastify, { type FastifyBaseLogger } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { addAccessHooks } from './access-hooks.ts';
import { auditRoutes } from './audit-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { bookingRoutes } from './booking-routes.ts';
import { citizenPages } from './citizen-pages.ts';
import { complaintRoutes } from './complaint-routes.ts';
import { configRoutes } from './config-routes.ts';
import { deviceConfigRoutes } from './device-config-routes.ts';
import { deviceRoutes } from './device-routes.ts';
import { addErrorReplies, sendError } from './error-replies.ts';
import { guideRoutes } from './guide-routes.ts';
import { hallRoutes } from './hall-routes.ts';
import { healthRoutes } from './health-routes.ts';
import type { HttpDeps } from './http-deps.ts';
import type { HubApp, RegisteredRoute } from './http-types.ts';
import { addJsonBody, MAX_BODY_BYTES } from './json-body.ts';
import { kioskPrintRoutes } from './kiosk-print-routes.ts';
import { liveRoutes } from './live-routes.ts';
import { noticeRoutes } from './notice-routes.ts';
import { numberingRoutes } from './numbering-routes.ts';
import { addOpenApi } from './openapi.ts';
import { responseSerializer } from './response-serializer.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { publicStatusRoutes } from './public-status-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { staffRoutes } from './staff-routes.ts';
import { uiRoutes } from './ui-routes.ts';
import { windowRoutes } from './window-routes.ts';

/** The route plugins, one per resource; each gets the services it calls. */
export const ROUTE_PLUGINS = [
  healthRoutes,
  authRoutes,
  staffRoutes,
  deviceRoutes,
  hallRoutes,
  configRoutes,
  numberingRoutes,
  windowRoutes,
  bookingRoutes,
  complaintRoutes,
  liveRoutes,
  guideRoutes,
  noticeRoutes,
  kioskPrintRoutes,
  publicStatusRoutes,
  auditRoutes,
  reportRoutes,
  deviceConfigRoutes,
  citizenPages,
  uiRoutes,
] as const;

/** The hub's own level, or `level` if that is quieter. */
function quieter(log: Logger, level: 'warn'): string {
  return log.levelVal > (log.levels.values[level] ?? 40) ? log.level : level;
}

/**
 * The hub's HTTP face: the API (validated by the protocol's zod schemas, described at /api/openapi.json),
 * the UIs and the citizens' pages. Its `server` is created at once, so socket.io can share it; routes
 * load on `ready()` or `listen()`.
 */
export function createHttpApp(d: HttpDeps): HubApp {
  const app = Fastify({
    // Fastify logs every request at info: the hub logs what it does itself and keeps Fastify's warnings only.
    loggerInstance: d.log.child({ part: 'http' }, { level: quieter(d.log, 'warn') }) as FastifyBaseLogger,
    bodyLimit: MAX_BODY_BYTES,
    // request.ip: the client named by X-Forwarded-For only when the peer is a trusted proxy.
    trustProxy: d.trustProxy,
    // A path that is not valid percent-encoding never reaches a route: answer it like any bad request.
    frameworkErrors: (err, _request, reply) => sendError(reply, { code: 'BAD_REQUEST', message: err.message }),
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      routes.push({ method, url: r.url, access: r.config ?? {}, schema: r.schema });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(d.checkResponses ?? false));
  addJsonBody(app);
  addAccessHooks(app, d);
  addSecurityHeaders(app);
  addErrorReplies(app, d.log);
  addOpenApi(app);
  for (const plugin of ROUTE_PLUGINS) void app.register(plugin, d);
  return app;
}
