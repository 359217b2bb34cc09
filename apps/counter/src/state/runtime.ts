import { fetchHall, HubRequestError, login as apiLogin, logout as apiLogout } from '../hub/api.ts';
import { connect, disconnect } from '../hub/connection.ts';
import { useSession, type Session } from './session-store.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
let generation = 0;

/** The session ended (hub said UNAUTHENTICATED): back to the login screen, with a message. */
export function sessionEnded(): void {
  generation += 1;
  disconnect();
  useSession.getState().signedOut('session-ended');
}

/** Loads the hall config and opens the socket for a session; retries while the hub is unreachable. */
export async function startSession(session: Session): Promise<void> {
  const mine = ++generation;
  for (;;) {
    if (mine !== generation) return;
    try {
      const hall = await fetchHall(session.token);
      if (mine !== generation) return;
      useSession.setState({ hall });
      connect(session.token, sessionEnded);
      return;
    } catch (err) {
      if (err instanceof HubRequestError && err.status === 401) return sessionEnded();
      await sleep(3_000);
    }
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  const reply = await apiLogin(username, password);
  const session: Session = { token: reply.token, expiresAt: reply.expiresAt, staff: reply.staff };
  useSession.getState().signedIn(session);
  void startSession(session);
}

export async function signOut(): Promise<void> {
  const token = useSession.getState().session?.token;
  generation += 1;
  disconnect();
  useSession.getState().signedOut(null);
  if (token) await apiLogout(token).catch(() => undefined);
}
