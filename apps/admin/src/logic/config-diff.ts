/** One difference between two configuration documents: where, and the value before and after (undefined: absent). */
export interface ConfigChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key that names an item of a list (zones and services by `id`, windows by `number`), if every item has one. */
function keyOf(list: readonly unknown[]): 'id' | 'number' | null {
  for (const k of ['id', 'number'] as const) {
    if (list.length > 0 && list.every((x) => isObject(x) && (typeof x[k] === 'string' || typeof x[k] === 'number')))
      return k;
  }
  return null;
}

/**
 * What changed from one version's document to another's, leaf by leaf. Items of a list with ids are matched
 * by id (`services[resident-id-card].prefix`), so removing one is one change, not a shift of all after it.
 */
export function configDiff(before: unknown, after: unknown, path = ''): ConfigChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = keyOf([...before, ...after]);
    if (key) {
      const index = (list: unknown[]) => new Map(list.map((x) => [String((x as Record<string, unknown>)[key]), x]));
      const [a, b] = [index(before), index(after)];
      const ids = [...new Set([...a.keys(), ...b.keys()])];
      return ids.flatMap((id) => configDiff(a.get(id), b.get(id), `${path}[${id}]`));
    }
    if (before.every((x) => !isObject(x)) && after.every((x) => !isObject(x))) {
      return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
    }
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => configDiff(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => configDiff(before[k], after[k], path === '' ? k : `${path}.${k}`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
}

/** A value as one short line for the diff list. */
export function shortValue(v: unknown): string {
  if (v === undefined) return '—';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
