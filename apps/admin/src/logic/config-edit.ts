import { hallConfigSchema, type HallConfig, type HallConfigInput } from '@hall/protocol';
import type { FieldIssue } from '@hall/hub-client';

/** The list with `item` put at `index`, or added at the end when `index` is null. */
export function withItem<T>(list: readonly T[], index: number | null, item: T): T[] {
  return index === null ? [...list, item] : list.map((x, i) => (i === index ? item : x));
}

export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Issues of the whole document checked by the protocol's `hallConfigSchema`, with dotted paths. */
export function documentIssues(config: HallConfigInput): FieldIssue[] {
  const parsed = hallConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/**
 * The issues about one item of the document (`services.3.`), with the item's own field paths (`prefix`),
 * so a form can show each beside its field; an issue about the item as a whole gets the path `''`.
 */
export function issuesUnder(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return issues
    .filter((i) => i.path === prefix.replace(/\.$/, '') || i.path.startsWith(prefix))
    .map((i) => ({ path: i.path.slice(prefix.length), message: i.message }));
}

/** A document as the hub would store it after an edit: the input shape with defaults filled in. */
export function normalised(config: HallConfigInput): HallConfig | null {
  const parsed = hallConfigSchema.safeParse(config);
  return parsed.success ? parsed.data : null;
}

/** Items whose names in any language, or id or number, contain the search text (case-insensitive). */
export function matches(search: string, ...texts: (string | number | undefined)[]): boolean {
  const q = search.trim().toLowerCase();
  return q === '' || texts.some((t) => t !== undefined && String(t).toLowerCase().includes(q));
}

/** The list with the item at `from` taken out and put back at `to` (both places in the list as it was). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const rest = list.filter((_, i) => i !== from);
  rest.splice(to, 0, list[from] as T);
  return rest;
}
