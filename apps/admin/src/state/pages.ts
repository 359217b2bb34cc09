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
