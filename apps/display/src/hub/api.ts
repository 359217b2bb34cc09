import { createHubClient, hubApi, HubRequestError, type HubApi } from '@hall/hub-client';
import type { Notice } from '@hall/protocol';

/** The hub that served this page: the display is always served by the hub itself at /display. */
export const HUB_BASE = '';

/** The hub's routes, with this display's token; every answer is checked against the protocol. */
export const displayApi = (token?: string): HubApi => hubApi(createHubClient({ baseUrl: HUB_BASE, token }));

/**
 * Demo mode hands out the display token at `/display/config.json`; otherwise the hub answers 404 (or, from
 * a hub without the route, the display page itself, which is no config): then an attendant sets it up.
 * Rejects only when the hub is away or failing (no answer, 5xx).
 */
export async function fetchDemoToken(): Promise<string | null> {
  try {
    const { token } = await displayApi().displayDemoConfig();
    return token !== '' ? token : null;
  } catch (err) {
    if (err instanceof HubRequestError && err.status > 0 && err.status < 500) return null;
    throw err;
  }
}

/** Null when the hub has no notices route yet (404): the display just shows none. */
export async function fetchNotices(api: HubApi): Promise<Notice[] | null> {
  try {
    return (await api.notices()).notices;
  } catch (err) {
    if (err instanceof HubRequestError && err.status === 404) return null;
    throw err;
  }
}
