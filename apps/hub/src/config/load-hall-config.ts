import { readFileSync } from 'node:fs';
import { hallConfigSchema, type HallConfig } from '@hall/protocol';

/** Reads and validates the hall configuration; a bad file stops the hub with every problem listed. */
export function loadHallConfig(path: string): HallConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read hall config ${path}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = hallConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`hall config ${path} is invalid:\n${problems}`);
  }
  return parsed.data;
}
