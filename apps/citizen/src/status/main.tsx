import { createHubClient, hubApi } from '@hall/hub-client';
import { pickLocale } from '@hall/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { statusCodeOf } from '../page-path.ts';
import { StatusPage } from './StatusPage.tsx';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './status.css';

const root = document.getElementById('root');
if (!root) throw new Error('status.html has no #root');
// The hub serves this page only for a well-formed code; a copied link cut short still gets "not found".
const code = statusCodeOf(location.pathname) ?? '-';
const api = hubApi(createHubClient({ baseUrl: '' }));
createRoot(root).render(
  <StrictMode>
    <StatusPage api={api} code={code} locale={pickLocale({ search: location.search })} />
  </StrictMode>,
);
