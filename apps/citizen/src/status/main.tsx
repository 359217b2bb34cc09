import { createHubClient, hubApi } from '@hall/hub-client';
import { mountApp, pickLocale } from '@hall/web-ui';
import { statusCodeOf } from '../page-path.ts';
import { StatusPage } from './StatusPage.tsx';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './status.css';

// The hub serves this page only for a well-formed code; a copied link cut short still gets "not found".
const code = statusCodeOf(location.pathname) ?? '-';
const api = hubApi(createHubClient({ baseUrl: '' }));
mountApp(<StatusPage api={api} code={code} locale={pickLocale({ search: location.search })} />);
