import { HubRequestError } from '@hall/hub-client';
import { publicApi, sessionApi, type AdminApi } from '../hub/admin-api.ts';
import { consoleAccessOf } from '../logic/console-access.ts';
import { useSession } from './session-store.ts';

/** A staff member who is neither an admin nor a supervisor signed in: the console is not for them. */
export class NotAnAdminError extends Error {
  constructor() {
    super('the console is for admins and supervisors only');
    this.name = 'NotAnAdminError';
  }
}

/** Signs in; a clerk's session (no `supervise`) is ended again at once, and the caller told why. */
export async function signIn(username: string, password: string): Promise<void> {
  const reply = await publicApi.login(username, password);
  if (consoleAccessOf(reply.staff) === null) {
    await sessionApi(reply.token)
      .logout()
      .catch(() => undefined);
    throw new NotAnAdminError();
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

/** The admin routes with this session's token. */
export function api(): AdminApi {
  return sessionApi(useSession.getState().session?.token ?? '');
}

/**
 * Every page's error handler: an ended session (401) goes back to the login with a notice; anything
 * else is the page's to show. Returns whether the page still has to show it.
 */
export function pageError(err: unknown): boolean {
  if (err instanceof HubRequestError && err.unauthenticated) {
    useSession.getState().signedOut('session-ended');
    return false;
  }
  return true;
}
