import { createHubClient, hubApi, type HubApi } from '@hall/hub-client';

/** The hub that served this page: the counter is always served by the hub itself at /counter. */
const hub = createHubClient({ baseUrl: '' });

/** Calls without a session: sign-in and the public booking options and slots. */
export const publicApi: HubApi = hubApi(hub);

/** Calls of a signed-in clerk (the session's bearer token). */
export const staffApi = (token: string): HubApi => hubApi(hub.withToken(token));
