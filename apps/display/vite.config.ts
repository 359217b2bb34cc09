import { hallAppConfig } from '@hall/web-ui/vite';

/** The wall display's web build, served by the hub at /display from apps/display/dist (voice clips in public/). */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/display/',
  publicDir: 'public',
  page: {
    title: '叫号显示屏',
    colorScheme: 'dark',
    // The hub's socket and HTTP; the voice clips, decoded to blobs or data URLs when played.
    csp: { connect: ['http:', 'https:', 'ws:', 'wss:'], media: ['data:', 'blob:'] },
  },
});
