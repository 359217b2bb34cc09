import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders an app into the page's `#root`, which the shared head (hallHead) writes into every index.html:
 * a page built without it fails here, loudly, instead of staying blank.
 */
export function mountApp(app: ReactNode, doc: Document = document): void {
  const root = doc.getElementById('root');
  if (!root) throw new Error(`${doc.location.pathname}: the page has no #root (is hallHead in its Vite config?)`);
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
