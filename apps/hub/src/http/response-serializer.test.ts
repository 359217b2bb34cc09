import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializer } from './response-serializer.ts';

const schema = z.object({ ok: z.literal(true) });
const compile = (check: boolean) => responseSerializer(check)({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('response serializer', () => {
  it('sends a reply unchanged, extra fields included (a schema never strips one)', () => {
    expect(compile(true)({ ok: true, extra: 1 })).toBe('{"ok":true,"extra":1}');
  });

  it('refuses a reply that does not match its schema when checking, and sends it as built otherwise', () => {
    expect(() => compile(true)({ ok: false })).toThrow(/GET \/x does not match its schema/);
    expect(compile(false)({ ok: false })).toBe('{"ok":false}');
  });
});
