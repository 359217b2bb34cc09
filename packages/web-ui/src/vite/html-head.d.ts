import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Sources an app adds to the shared CSP, per directive: `{ 'connect-src': ['http:', 'ws:'] }`. */
export type CspAdditions = Readonly<Partial<Record<string, readonly string[]>>>;

export interface HallHeadOptions {
  /** `light` (default) or `dark` (the wall display): form controls and scroll bars follow it. */
  colorScheme?: 'light' | 'dark';
  /** The browser bar's colour on phones (the booking page: its blue bar). Left out unless given. */
  themeColor?: string;
  /** Added after `width=device-width, initial-scale=1` (the booking page: `viewport-fit=cover`). */
  viewport?: string;
  /** Sources added to the shared CSP floor; a directive not in the floor is added with them. */
  csp?: CspAdditions;
}

/** The CSP every hall page starts from, directive by directive. */
export declare const CSP_FLOOR: Readonly<Record<string, readonly string[]>>;

/** The shared CSP with an app's additions, as the content of a CSP meta tag or header. */
export declare function hallCsp(extra?: CspAdditions): string;

/** The shared head's tags, in order (charset first, within the first bytes as HTML asks). */
export declare function hallHeadTags(options?: HallHeadOptions): HtmlTagDescriptor[];

/**
 * A Vite plugin that writes the shared head into index.html (build and dev server); it refuses an
 * index.html that still writes any of those tags itself. `hallAppConfig({ head })` adds it; the kiosk's
 * electron-vite renderer config can list it in `plugins` directly.
 */
export declare function hallHead(options?: HallHeadOptions): Plugin;
