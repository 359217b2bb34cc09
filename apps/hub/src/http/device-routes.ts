import { z } from 'zod';
import {
  createDeviceBodySchema,
  createDeviceReplySchema,
  deviceStateViewSchema,
  deviceViewSchema,
  entityIdParamsSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newToken } from '../auth/secrets.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, refuse, valueOf } from './route-kit.ts';

/** Device tokens (kiosks, displays, rating tablets), for admins: create, list (with live state), revoke. */
export const deviceRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['devices'];
  const config = { right: 'admin' } as const;
  app.post(
    '/api/v1/devices',
    { config, schema: { tags, body: createDeviceBodySchema, response: { 201: createDeviceReplySchema } } },
    (request, reply) => {
      const input = request.body;
      if (input.window !== undefined && !d.hall.hall.windows.has(input.window)) {
        refuse({ code: 'UNKNOWN_WINDOW', message: `window ${input.window} is not in this hall` });
      }
      void reply.code(201);
      return d.accounts.createDevice(input, principalOf(request).id, newToken());
    },
  );
  app.get('/api/v1/devices', { config, schema: { tags, response: { 200: z.array(deviceStateViewSchema) } } }, () =>
    d.accounts.listDevices().map((device) => d.presence.stateOf(device)),
  );
  app.delete(
    '/api/v1/devices/:id(^[A-Za-z0-9-]{1,60}$)',
    { config, schema: { tags, params: entityIdParamsSchema, response: { 200: deviceViewSchema } } },
    (request) => {
      const device = valueOf(d.accounts.revokeDeviceById(request.params.id, principalOf(request).id));
      d.onDeviceRevoked(device.id);
      return device;
    },
  );
};
