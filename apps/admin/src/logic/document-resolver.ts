import type { FieldIssue } from '@hall/hub-client';
import type { HallConfigInput } from '@hall/protocol';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { documentIssues, issuesUnder } from './config-edit.ts';

/** How a form's values become the whole document, and where its item sits in it (`services.3.`). */
export interface DocumentEdit {
  document: HallConfigInput;
  prefix: string;
  /** The form's name of a field under the prefix, when it differs (`services` → `serviceIds`). */
  fieldOf?: (itemPath: string) => string;
  /**
   * The form's field for an issue found on another item that the form's own value causes (the width of a
   * prefix the service shares, reported on the other service), or undefined to leave it with the others.
   */
  claim?: (documentPath: string) => string | undefined;
}

/**
 * Issues as react-hook-form's nested errors: an issue about a field the form has goes beside it; one about
 * the item as a whole or another part of the document (a window still naming a removed service) goes to
 * `root`, shown above the form.
 */
export function fieldErrorsOf(issues: readonly FieldIssue[], formKeys: readonly string[]): FieldErrors {
  const errors: Record<string, unknown> = {};
  const elsewhere: string[] = [];
  for (const issue of issues) {
    const top = issue.path.split('.')[0] ?? '';
    if (issue.path === '' || !formKeys.includes(top)) {
      elsewhere.push(issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`);
      continue;
    }
    let at = errors;
    const parts = issue.path.split('.');
    parts.slice(0, -1).forEach((p) => {
      at = (at[p] ??= {}) as Record<string, unknown>;
    });
    const last = parts[parts.length - 1] ?? '';
    // The first issue of a field is the one shown.
    at[last] ??= { type: 'schema', message: issue.message };
  }
  if (elsewhere.length > 0) errors.root = { type: 'document', message: elsewhere.join('\n') };
  return errors as FieldErrors;
}

/**
 * A react-hook-form resolver that checks the form by the protocol's `hallConfigSchema` on the whole
 * document the form would save: field rules and the rules across items (duplicate ids, unknown zones) alike.
 */
export function documentResolver<V extends FieldValues>(edit: (values: V) => DocumentEdit): Resolver<V> {
  return (values) => {
    const { document, prefix, fieldOf = (p) => p, claim = () => undefined } = edit(values);
    const all = documentIssues(document);
    const mine = issuesUnder(all, prefix).map((i) => ({ ...i, path: fieldOf(i.path) }));
    const others = all.filter((i) => !(i.path === prefix.replace(/\.$/, '') || i.path.startsWith(prefix)));
    const claimed = others.flatMap((i) => {
      const field = claim(i.path);
      return field === undefined ? [] : [{ path: field, message: i.message }];
    });
    const unclaimed = others.filter((i) => claim(i.path) === undefined);
    const issues = [...mine, ...claimed, ...unclaimed.map((i) => ({ path: `@${i.path}`, message: i.message }))];
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: fieldErrorsOf(issues, Object.keys(values)) as FieldErrors<V> };
  };
}
