// Result lives in the protocol package (the hub and the clients share it); kept here for queue-core's importers.
export { fail, ok } from '@hall/protocol';
export type { DomainError, Result } from '@hall/protocol';
