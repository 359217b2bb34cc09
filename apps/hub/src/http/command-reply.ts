import type { FastifyReply } from 'fastify';
import type { GatewayReply } from '../hall/command-gateway.ts';
import { refuse } from './route-kit.ts';

/** A command's answer: `createdStatus` the first time, 200 for a retried request id (the first answer again). */
export function sendCommandReply<T>(reply: FastifyReply, answer: GatewayReply<T>, createdStatus: number): FastifyReply {
  if (!answer.ok) refuse(answer.error);
  return reply.code(answer.replayed ? 200 : createdStatus).send(answer.value);
}
