import { createStaffBodySchema, entityIdParamsSchema, resetPasswordBodySchema } from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, valueOf } from './route-kit.ts';

const ID = ':id(^[A-Za-z0-9-]{1,60}$)';

/** Staff accounts, for admins: create, list, reset a password, disable a leaver. */
export const staffRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['staff'];
  const config = { right: 'admin' } as const;
  app.post('/api/v1/staff', { config, schema: { tags, body: createStaffBodySchema } }, async (request, reply) => {
    const created = valueOf(await d.accounts.createStaff(request.body, principalOf(request).id));
    return reply.code(201).send(created);
  });
  app.get('/api/v1/staff', { config, schema: { tags } }, () => d.accounts.listStaff());
  app.post(
    `/api/v1/staff/${ID}/password`,
    { config, schema: { tags, params: entityIdParamsSchema, body: resetPasswordBodySchema } },
    async (request) => {
      const staff = valueOf(
        await d.accounts.resetPassword(request.params.id, request.body.password, principalOf(request).id),
      );
      d.onStaffLockedOut(staff.id);
      return staff;
    },
  );
  app.post(`/api/v1/staff/${ID}/disable`, { config, schema: { tags, params: entityIdParamsSchema } }, (request) => {
    const staff = valueOf(d.accounts.disableStaff(request.params.id, principalOf(request).id));
    d.onStaffLockedOut(staff.id);
    return staff;
  });
};
