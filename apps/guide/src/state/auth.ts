import { HubRequestError } from '@hall/hub-client';
import { publicApi, sessionApi, type GuideApi } from '../hub/guide-api.ts';
import { useSession } from './session-store.ts';

/** Someone who is not a guide signed in: the desk issues tickets, which only guides may. */
export class NotAGuideError extends Error {
  constructor() {
    super('the guidance desk is for guides');
    this.name = 'NotAGuideError';
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  const reply = await publicApi.login(username, password);
  if (reply.staff.role !== 'guide') {
    await sessionApi(reply.token)
      .logout()
      .catch(() => undefined);
    throw new NotAGuideError();
  }
  useSession.getState().signedIn({ token: reply.token, expiresAt: reply.expiresAt, staff: reply.staff });
}

export async function signOut(): Promise<void> {
  const s = useSession.getState().session;
  if (s)
    await sessionApi(s.token)
      .logout()
      .catch(() => undefined);
  useSession.getState().signedOut(null);
}

export function api(): GuideApi {
  return sessionApi(useSession.getState().session?.token ?? '');
}

/** An ended session (401) goes back to the login with a notice; anything else is the screen's to show. */
export function codeOf(err: unknown): string {
  if (err instanceof HubRequestError) {
    if (err.unauthenticated) useSession.getState().signedOut('session-ended');
    return err.code;
  }
  return 'NO_ANSWER';
}
