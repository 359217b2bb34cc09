import { createHubClient, hubApi } from '@hall/hub-client';

/**
 * The hub that served this page (/book is always served by the hub itself), through the one client:
 * public calls, no token, every answer checked against the protocol. A phone on a weak signal gets 15 s
 * before a call counts as unanswered.
 */
export const hub = hubApi(createHubClient({ baseUrl: '', timeoutMs: 15_000 }));
