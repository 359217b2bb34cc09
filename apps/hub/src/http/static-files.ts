import { stat } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';

/** Vite names the files under `assets/` by their content hash: a changed file gets a new name. */
export const HASHED_ASSET = 'public, max-age=31536000, immutable';

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file under `root` that a path names, or undefined when it would leave `root` or cannot be decoded. */
export function inside(root: string, rest: string): string | undefined {
  try {
    const file = normalize(join(root, decodeURIComponent(rest)));
    return file.startsWith(root + sep) ? relative(root, file) : undefined;
  } catch {
    return undefined;
  }
}
