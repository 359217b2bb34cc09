import type { ErrorBody } from '@hall/protocol';
import type { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** Checks input against a protocol schema; a failure lists each field and what is wrong with it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return { ok: false, error: { code: 'VALIDATION_FAILED', message: `invalid request: ${summary}`, issues } };
}
