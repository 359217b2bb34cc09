import { parse } from 'content-disposition';

/**
 * The file name a download's `Content-Disposition` header gives (`filename*` in UTF-8 before `filename`, as
 * RFC 6266 says), without any folder part; null when the header is missing, unreadable or names no file.
 */
export function fileNameOf(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  let name: string | undefined;
  try {
    // `parse` already prefers the decoded `filename*` over the plain `filename`.
    name = parse(contentDisposition).parameters.filename;
  } catch {
    return null;
  }
  // A name is never a path: a hub (or a proxy) cannot make the browser save outside its download folder.
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}
