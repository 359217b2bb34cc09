export type { PublicTicketStatus } from './views/public-status.ts';
