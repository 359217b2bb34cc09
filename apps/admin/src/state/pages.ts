/** The console's pages, in the order of the navigation; the address is `/admin/#<page>` (or `/admin/<page>`). */
export const PAGES = [
  'hall',
  'zones',
  'services',
  'windows',
  'hours',
  'versions',
  'staff',
  'devices',
  'notices',
  'audit',
  'reports',
  'live',
] as const;
export type PageId = (typeof PAGES)[number];

const isPage = (name: string): name is PageId => (PAGES as readonly string[]).includes(name);

/** The page an address asks for (`#live`, `#/live`, or the path `/admin/live`), or null for none. */
export function pageAsked(hash: string, pathname = ''): PageId | null {
  const fromHash = hash.replace(/^#\/?/, '');
  if (isPage(fromHash)) return fromHash;
  const fromPath = /^\/admin\/([a-z-]+)\/?$/.exec(pathname)?.[1] ?? '';
  return isPage(fromPath) ? fromPath : null;
}
