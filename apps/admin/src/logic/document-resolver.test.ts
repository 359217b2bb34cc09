import { expect, test } from 'vitest';
import { withItem } from './config-edit.ts';
import { documentResolver, fieldErrorsOf } from './document-resolver.ts';
import { testHall } from './test-hall.ts';

test('issues of known fields nest beside them; the rest go to root', () => {
  const errors = fieldErrorsOf(
    [
      { path: 'names.en', message: 'too short' },
      { path: 'names.en', message: 'second' },
      { path: 'prefix', message: 'one capital' },
      { path: '', message: 'whole item' },
      { path: '@windows.0.services.1', message: 'unknown service x' },
    ],
    ['names', 'prefix'],
  );
  expect(errors).toEqual({
    names: { en: { type: 'schema', message: 'too short' } },
    prefix: { type: 'schema', message: 'one capital' },
    root: { type: 'document', message: 'whole item\n@windows.0.services.1: unknown service x' },
  });
});

test('the resolver checks the whole document the form would save', async () => {
  const hall = testHall();
  type Form = { id: string; prefix: string };
  const resolver = documentResolver<Form>((v) => {
    const base = hall.services[1];
    if (!base) throw new Error('two services');
    return { document: { ...hall, services: withItem(hall.services, 1, { ...base, ...v }) }, prefix: 'services.1.' };
  });
  const run = (values: Form) => resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const bad = await run({ id: 'marriage', prefix: 'bb' });
  expect(Object.keys(bad.errors).sort()).toEqual(['id', 'prefix']);
  const good = await run({ id: 'pension', prefix: 'C' });
  expect(good).toEqual({ values: { id: 'pension', prefix: 'C' }, errors: {} });
});
