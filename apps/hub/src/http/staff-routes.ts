import { z } from 'zod';
import { createStaffBodySchema, entityIdParamsSchema, resetPasswordBodySchema, staffViewSchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const ID = ':id(^[A-Za-z0-9-]{1,60}$)';

/** Staff accounts, for admins: create, list, reset a password, disable a leaver. */
export const staffRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['staff'];
  const config = { right: 'admin' } as const;
  app.post(
    '/api/v1/staff',
    { config, schema: { tags, body: createStaffBodySchema, response: { 201: staffViewSchema } } },
    async (request, reply) => {
      const created = valueOf(await d.accounts.createStaff(request.body, principalOf(request).id));
      void reply.code(201);
      return created;
    },
  );
  app.get('/api/v1/staff', { config, schema: { tags, response: { 200: z.array(staffViewSchema) } } }, () =>
    d.accounts.listStaff(),
  );
  app.post(
    `/api/v1/staff/${ID}/password`,
    {
      config,
      schema: { tags, params: entityIdParamsSchema, body: resetPasswordBodySchema, response: { 200: staffViewSchema } },
    },
    async (request) => {
      const staff = valueOf(
        await d.accounts.resetPassword(request.params.id, request.body.password, principalOf(request).id),
      );
      d.onStaffLockedOut(staff.id);
      return staff;
    },
  );
  app.post(
    `/api/v1/staff/${ID}/disable`,
    { config, schema: { tags, params: entityIdParamsSchema, response: { 200: staffViewSchema } } },
    (request) => {
      const staff = valueOf(d.accounts.disableStaff(request.params.id, principalOf(request).id));
      d.onStaffLockedOut(staff.id);
      return staff;
    },
  );
};
