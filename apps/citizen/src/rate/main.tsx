import { createHubClient } from '@hall/hub-client';
import { pickLocale } from '@hall/web-ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { raterWindowOf } from '../page-path.ts';
import { RatePage } from './RatePage.tsx';
import { raterTokenStore } from './rater-token.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './rate.css';

const root = document.getElementById('root');
if (!root) throw new Error('rate.html has no #root');
// The hub serves this page only for a configured window (`404 UNKNOWN_WINDOW` otherwise).
const windowNumber = raterWindowOf(location.pathname);
if (windowNumber === null) throw new Error(`not a rating tablet address: ${location.pathname}`);
// The hall's language (`?lang=`, zh-Hans by default) large, English under it for visitors.
const first = pickLocale({ search: location.search });
createRoot(root).render(
  <StrictMode>
    <RatePage
      client={createHubClient({ baseUrl: '' })}
      windowNumber={windowNumber}
      languages={{ first, second: first === 'en' ? null : 'en' }}
      tokens={raterTokenStore(windowNumber)}
    />
  </StrictMode>,
);
