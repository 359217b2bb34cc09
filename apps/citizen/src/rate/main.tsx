import { createHubClient } from '@hall/hub-client';
import { mountApp, pickLocale } from '@hall/web-ui';
import { raterWindowOf } from '../page-path.ts';
import { RatePage } from './RatePage.tsx';
import { raterTokenStore } from './rater-token.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './rate.css';

// The hub serves this page only for a configured window (`404 UNKNOWN_WINDOW` otherwise).
const windowNumber = raterWindowOf(location.pathname);
if (windowNumber === null) throw new Error(`not a rating tablet address: ${location.pathname}`);
// The hall's language (`?lang=`, zh-Hans by default) large, English under it for visitors.
const first = pickLocale({ search: location.search });
mountApp(
  <RatePage
    client={createHubClient({ baseUrl: '' })}
    windowNumber={windowNumber}
    languages={{ first, second: first === 'en' ? null : 'en' }}
    tokens={raterTokenStore(windowNumber)}
  />,
);
