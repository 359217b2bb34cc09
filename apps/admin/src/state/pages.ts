/** The console's pages, in the order of the navigation; the address is `/admin/#<page>`. */
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
] as const;
export type PageId = (typeof PAGES)[number];

export function pageOfHash(hash: string): PageId {
  const name = hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(name) ? (name as PageId) : 'hall';
}

/**
 * The page an address opens: its hash (`/admin/#reports`), else the path after `/admin/` (`/admin/reports`,
 * the address the issue gives for a page), else the first page.
 */
export function pageOfLocation(pathname: string, hash: string): PageId {
  if (hash.replace(/^#\/?/, '') !== '') return pageOfHash(hash);
  return pageOfHash(pathname.replace(/^\/admin\/?/, '').replace(/\/$/, ''));
}
