import type { FastifySerializerCompiler } from 'fastify';
import type { ZodType } from 'zod';

/**
 * Replies go out exactly as the services built them (the response schemas describe them in the OpenAPI
 * document; a schema never strips or rewrites a field). With `check`, as in the tests, a reply that does
 * not match its schema fails loudly (500) instead of reaching a client that trusts the document.
 */
export function responseSerializer(check: boolean): FastifySerializerCompiler<ZodType> {
  return ({ schema, method, url }) =>
    (data) => {
      if (check) {
        const parsed = schema.safeParse(data);
        if (!parsed.success) {
          throw new Error(`the reply of ${method} ${url} does not match its schema: ${parsed.error.message}`);
        }
      }
      return JSON.stringify(data);
    };
}
