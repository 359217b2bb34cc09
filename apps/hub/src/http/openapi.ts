import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { PROTOCOL_VERSION } from '@hall/protocol';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { HubApp } from './http-types.ts';

/** Where the generated document and its browsable page are served. */
export const OPENAPI_PATH = '/api/openapi.json';
export const API_DOCS_PATH = '/api/docs';

/**
 * OpenAPI 3.1 generated from the routes' zod schemas: `/api/openapi.json`, and a page to browse it at
 * `/api/docs` (swagger-ui, its files served by the hub itself: a hall network may have no internet).
 * Routes that need a token say so (bearer) with the right they need.
 */
export function addOpenApi(app: HubApp): void {
  // On the root instance, before any route plugin: swagger collects the routes registered after it.
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hall hub API',
        version: String(PROTOCOL_VERSION),
        description: 'The hub of the service hall. Prose (roles, idempotency, the socket protocol): docs/api.md.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const right = input.route.config?.right;
      if (right === undefined || right === 'public') return out;
      const schema = out.schema as Record<string, unknown>;
      return {
        ...out,
        schema: { ...schema, security: [{ bearer: [] }], description: `Needs a token with the right \`${right}\`.` },
      };
    },
  });
  // The document and the page's files are public, and rate-limited per address like every public route.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(API_DOCS_PATH)) route.config = { ...route.config, right: 'public' };
  });
  void app.register(fastifySwaggerUi, { routePrefix: API_DOCS_PATH });
  app.get(OPENAPI_PATH, { config: { right: 'public' }, schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(app.swagger()),
  );
}
