import { hallAppConfig } from '@hall/web-ui/vite';

/** The counter terminal's web build, served by the hub at /counter from apps/counter/dist. */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/counter/',
  // The hub's socket and HTTP: a terminal may be pointed at a hub on another origin.
  head: { csp: { 'connect-src': ['http:', 'https:', 'ws:', 'wss:'] } },
});
