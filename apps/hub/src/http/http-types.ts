import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Principal, Right } from '../auth/principal.ts';

/** Who may call a route and which rate-limit bucket it draws from; UI and page routes carry none. */
export interface RouteAccess {
  /** The right a caller needs; `public` routes need no token. */
  right?: Right | 'public';
  /** The route checks a password: it is rate-limited per address like a login, to slow guessing. */
  checksPassword?: true;
  /** Anyone may call it and it writes (a public booking): rate-limited per address in a bucket of its own. */
  publicWrite?: true;
}

/** A route as registered: what the OpenAPI test checks against the document. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, in order (collected by an onRoute hook). */
    registeredRoutes: RegisteredRoute[];
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface FastifyContextConfig extends RouteAccess {}
  interface FastifyRequest {
    /** Set by the access hook for API routes: the caller, when a valid token was sent. */
    principal: Principal | undefined;
    /** The body as it arrived (before the schema's transforms): the command gateway validates it itself. */
    sentBody: unknown;
  }
}

/** The hub's Fastify instance with zod schemas as the type provider. */
export type HubApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
