import type { DomainError } from '@hall/protocol';

/** Thrown inside a transaction to roll it back and answer with a domain error. */
export class Refusal extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
    this.name = 'Refusal';
  }
}
