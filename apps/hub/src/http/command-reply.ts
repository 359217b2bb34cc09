import type { FastifyReply } from 'fastify';
import type { GatewayReply } from '../hall/command-gateway.ts';
import { refuse } from './route-kit.ts';

/**
 * A command's answer: sets `createdStatus` the first time, 200 for a retried request id (the first
 * answer again), and returns the value for the handler to send.
 */
export function commandAnswer<T>(reply: FastifyReply, answer: GatewayReply<T>, createdStatus: number): T {
  if (!answer.ok) refuse(answer.error);
  void reply.code(answer.replayed ? 200 : createdStatus);
  return answer.value;
}
