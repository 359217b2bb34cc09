import {
  changePasswordBodySchema,
  loginBodySchema,
  loginReplySchema,
  meReplySchema,
  okReplySchema,
  staffViewSchema,
} from '@hall/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { staffView, usernameAsTyped } from '../auth/accounts.ts';
import type { HttpDeps } from './http-deps.ts';
import { principalOf, refuse, valueOf } from './route-kit.ts';

/** Logging in and out, who am I, and changing one's own password. */
export const authRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, d) => {
  const tags = ['auth'];
  app.post(
    '/api/v1/auth/login',
    {
      config: { right: 'public', checksPassword: true },
      schema: { tags, body: loginBodySchema, response: { 200: loginReplySchema } },
    },
    async (request) => {
      const { username, password } = request.body;
      const address = request.ip;
      const result = await d.accounts.login(username, password, address);
      if (result.ok) return result.value;
      if (result.error.code === 'INVALID_CREDENTIALS') {
        d.log.warn({ username: usernameAsTyped(username), address }, 'login failed');
      } else if (result.error.code === 'RATE_LIMITED') {
        const wait = Math.max(1, d.accounts.loginRetryAfterSeconds(username, address));
        refuse(result.error, { 'retry-after': String(wait) });
      }
      return refuse(result.error);
    },
  );
  app.post(
    '/api/v1/auth/logout',
    { config: { right: 'hall:read' }, schema: { tags, response: { 200: okReplySchema } } },
    (request) => {
      const p = principalOf(request);
      // Devices keep their token until an admin revokes it: logging out is a staff matter.
      if (p.kind === 'staff') {
        d.accounts.logout(p);
        d.onSessionEnded(p.tokenHash);
      }
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/me',
    { config: { right: 'hall:read' }, schema: { tags, response: { 200: meReplySchema } } },
    (request) => {
      const p = principalOf(request);
      return p.kind === 'staff'
        ? { kind: 'staff' as const, staff: staffView(p.staff) }
        : { kind: 'device' as const, device: p.device };
    },
  );
  app.post(
    '/api/v1/auth/password',
    {
      config: { right: 'hall:read', checksPassword: true },
      schema: { tags, body: changePasswordBodySchema, response: { 200: staffViewSchema } },
    },
    async (request) => {
      const p = principalOf(request);
      const input = request.body;
      const changed = valueOf(await d.accounts.changeOwnPassword(p, input.currentPassword, input.newPassword));
      d.onOtherSessionsEnded(p.id, p.tokenHash);
      return changed;
    },
  );
};
