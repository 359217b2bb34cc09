import { hallAppConfig } from '@hall/web-ui/vite';

/** The wall display's web build, served by the hub at /display from apps/display/dist (voice clips in public/). */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/display/',
  publicDir: 'public',
  head: {
    colorScheme: 'dark',
    // The hub's socket and HTTP (it may sit on another origin); the voice clips, decoded to blobs or data URLs.
    csp: { 'connect-src': ['http:', 'https:', 'ws:', 'wss:'], 'media-src': ["'self'", 'data:', 'blob:'] },
  },
});
