import type { ErrorBody } from './errors.ts';

/** Every socket command is acknowledged with one of these. */
export type Ack<T = Record<string, never>> = ({ ok: true } & T) | ({ ok: false } & ErrorBody);
export type AckCallback<T = Record<string, never>> = (reply: Ack<T>) => void;
