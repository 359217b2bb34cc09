import { STATUS_CODE_PATTERN, windowNumberSchema } from '@hall/protocol';

/**
 * Which ticket or window a page is for, read from its own address (`/t/<code>`, `/rate/<n>`): the hub
 * serves the same built page for every code and window, and has already refused an unknown window.
 */
export function statusCodeOf(pathname: string): string | null {
  const code = /^\/t\/([^/]+)\/?$/.exec(pathname)?.[1];
  return code !== undefined && STATUS_CODE_PATTERN.test(code) ? code : null;
}

export function raterWindowOf(pathname: string): number | null {
  const digits = /^\/rate\/([0-9]{1,3})\/?$/.exec(pathname)?.[1];
  if (digits === undefined) return null;
  const parsed = windowNumberSchema.safeParse(digits);
  return parsed.success ? parsed.data : null;
}
