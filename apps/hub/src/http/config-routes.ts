import {
  CONFIG_BODY_MAX_BYTES,
  configVersionListSchema,
  configVersionParamsSchema,
  configVersionsQuerySchema,
  configVersionViewSchema,
  hallConfigSchema,
  putConfigBodySchema,
  rollbackConfigBodySchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConfigReply } from '../hall/config-desk.ts';
import { parseInput } from '../validation.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, refuse } from './route-kit.ts';

const VERSION = ':n(^[1-9][0-9]{0,8}$)';

/** The PUT body around the document; the document itself is checked on its own so its paths read `services.3.prefix`. */
const putEnvelopeSchema = putConfigBodySchema.extend({ config: z.record(z.string(), z.unknown()) });

function answer(reply: ConfigReply) {
  return reply.ok ? reply.value : refuse(reply.error);
}

/**
 * The hall configuration as one versioned document (admins only): read it, store a new version (applied
 * live and pushed to every client), list and read versions, roll back to one, export it as a file.
 */
export const configRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['config'];
  const read = { right: 'config:read' } as const;
  const write = { right: 'config:write' } as const;
  app.get('/api/v1/config', { config: read, schema: { tags, response: { 200: configVersionViewSchema } } }, () =>
    d.configs.current(),
  );
  app.put(
    '/api/v1/config',
    {
      config: write,
      bodyLimit: CONFIG_BODY_MAX_BYTES,
      // The body is checked below, in two steps, so a document's problems carry paths into the document.
      attachValidation: true,
      schema: { tags, body: putConfigBodySchema, response: { 200: configVersionViewSchema } },
    },
    (request) => {
      const envelope = parseInput(putEnvelopeSchema, request.sentBody);
      if (!envelope.ok) refuse(envelope.error);
      const config = parseInput(hallConfigSchema, envelope.value.config);
      if (!config.ok) refuse(config.error);
      const { baseVersion, note } = envelope.value;
      return answer(d.configs.save(principalOf(request).id, baseVersion, config.value, note ?? null));
    },
  );
  app.get(
    '/api/v1/config/versions',
    {
      config: read,
      schema: { tags, querystring: configVersionsQuerySchema, response: { 200: configVersionListSchema } },
    },
    (request) => d.configs.list(request.query.before, request.query.limit),
  );
  app.get(
    `/api/v1/config/versions/${VERSION}`,
    { config: read, schema: { tags, params: configVersionParamsSchema, response: { 200: configVersionViewSchema } } },
    (request) =>
      d.configs.version(request.params.n) ??
      refuse({ code: 'NOT_FOUND', message: `no configuration version ${request.params.n}` }),
  );
  app.post(
    `/api/v1/config/versions/${VERSION}/rollback`,
    {
      config: write,
      schema: {
        tags,
        params: configVersionParamsSchema,
        body: rollbackConfigBodySchema,
        response: { 200: configVersionViewSchema },
      },
    },
    (request) => {
      const { baseVersion, note } = request.body;
      return answer(d.configs.rollBack(principalOf(request).id, baseVersion, request.params.n, note ?? null));
    },
  );
  app.get(
    '/api/v1/config/export',
    { config: read, schema: { tags, response: { 200: hallConfigSchema } } },
    (_request, reply) => {
      const current = d.configs.current();
      void reply.header('content-disposition', `attachment; filename="hall-config-v${current.version}.json"`);
      return current.config;
    },
  );
};
