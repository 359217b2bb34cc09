import { HubRequestError, startUp } from '@hall/hub-client';
import { publicApi, staffApi } from '../hub/api.ts';
import { connect, disconnect } from '../hub/connection.ts';
import { useHallStore } from './hall-store.ts';
import { useSession, type Session } from './session-store.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
let generation = 0;

/** The session ended (hub said UNAUTHENTICATED): back to the login screen, with a message. */
export function sessionEnded(): void {
  generation += 1;
  disconnect();
  useSession.getState().signedOut('session-ended');
}

/**
 * The hub refused the connection for good. An ended session goes back to the login; anything else (this
 * build speaks another protocol version, the account may not use a counter) stops here and says so:
 * retrying could not help, only a reload or an administrator can.
 */
function connectionRefused(error: HubRequestError): void {
  if (error.code === 'UNAUTHENTICATED') return sessionEnded();
  generation += 1;
  disconnect();
  useHallStore.setState({ refused: error.code });
}

/** Loads the hall config and opens the socket for a session; retries, backing off, while the hub is away. */
export async function startSession(session: Session): Promise<void> {
  const mine = ++generation;
  const result = await startUp({
    attempt: () => staffApi(session.token).hall(),
    isFinal: (err) => err instanceof HubRequestError && err.unauthenticated,
    isCurrent: () => mine === generation,
    sleep,
    jitter: Math.random,
  });
  if (result.kind === 'refused') return sessionEnded();
  if (result.kind !== 'started') return;
  useSession.setState({ hall: result.value });
  connect(session.token, connectionRefused);
}

export async function signIn(username: string, password: string): Promise<void> {
  const reply = await publicApi.login(username, password);
  const session: Session = { token: reply.token, expiresAt: reply.expiresAt, staff: reply.staff };
  useSession.getState().signedIn(session);
  void startSession(session);
}

export async function signOut(): Promise<void> {
  const token = useSession.getState().session?.token;
  generation += 1;
  disconnect();
  useSession.getState().signedOut(null);
  if (token)
    await staffApi(token)
      .logout()
      .catch(() => undefined);
}
