import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The sources a page may use beyond its own origin (`'self'` is always there). */
export interface PageSources {
  /** `connect-src`: the hub's HTTP and socket when it is on another origin (the kiosk, the counter, the display). */
  connect?: readonly string[];
  /** `img-src`; default `data:` (QR codes). */
  img?: readonly string[];
  /** `media-src`, only when the page plays sound (the display's voice clips). */
  media?: readonly string[];
}

export interface PageShellOptions {
  /** The tab title until the app sets its own. */
  title: string;
  /** Default 'light'; the wall display is 'dark'. */
  colorScheme?: 'light' | 'dark';
  /** Added to `width=device-width, initial-scale=1` (the booking page: 'viewport-fit=cover'). */
  viewport?: readonly string[];
  themeColor?: string;
  csp?: PageSources;
}

/** The Content-Security-Policy floor of every hall page, with the page's own extra sources. */
export declare function contentSecurityPolicy(sources?: PageSources): string;

/** The head tags (charset, viewport, colour scheme, CSP, icon, title), first in `<head>`. */
export declare function pageShellTags(options: PageShellOptions): HtmlTagDescriptor[];

/** The Vite plugin writing them into the app's index.html (`hallAppConfig({ page })` adds it). */
export declare function pageShell(options: PageShellOptions): Plugin;
