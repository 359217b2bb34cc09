import { HubRequestError, type FieldIssue } from '@hall/hub-client';

/** A problem the hub found with a change during the open day (`UNSAFE_CONFIG_CHANGE`). */
export interface ConfigProblem {
  code: string;
  path: string;
  message: string;
}

/**
 * Why saving the configuration did not work, as the console explains it:
 * - `conflict`: someone saved first (`CONFIG_VERSION_CONFLICT`); reload and redo;
 * - `unsafe`: the change would strand people today; the problems say where;
 * - `invalid`: the document fails the protocol schema; the issues point at fields;
 * - `other`: any other refusal, or no answer.
 */
export type SaveFailure =
  | { kind: 'conflict'; currentVersion: number | null }
  | { kind: 'unsafe'; problems: ConfigProblem[] }
  | { kind: 'invalid'; issues: readonly FieldIssue[] }
  | { kind: 'other'; code: string; message: string };

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

export function saveFailureOf(err: unknown): SaveFailure {
  if (!(err instanceof HubRequestError)) return { kind: 'other', code: 'NO_ANSWER', message: String(err) };
  const body = record(err.body);
  // The hub's code is read from the body too: a code newer than this build's protocol is still understood.
  const code = typeof body.code === 'string' ? body.code : err.code;
  if (code === 'CONFIG_VERSION_CONFLICT') {
    return { kind: 'conflict', currentVersion: typeof body.currentVersion === 'number' ? body.currentVersion : null };
  }
  if (code === 'UNSAFE_CONFIG_CHANGE') {
    const problems = (Array.isArray(body.problems) ? body.problems : []).map((p) => {
      const r = record(p);
      return { code: String(r.code ?? ''), path: String(r.path ?? ''), message: String(r.message ?? '') };
    });
    return { kind: 'unsafe', problems };
  }
  if (code === 'VALIDATION_FAILED') return { kind: 'invalid', issues: err.issues };
  return { kind: 'other', code, message: err.hubMessage ?? '' };
}
