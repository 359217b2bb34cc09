import { createHubClient, hubApi, type HubClient } from '@hall/hub-client';
import {
  deskCommandReplySchema,
  deskPrinterSchema,
  deskPrintResultSchema,
  deskTicketSchema,
  reprintReplySchema,
  type CancelTicketBody,
  type DeskPrintBody,
  type MoveTicketBody,
  type ReferComplaintsBody,
  type TicketPrintJob,
} from '@hall/protocol';

/** The hub that served this page: the desk is always served by the hub itself at /guide. */
export const hub = createHubClient({ baseUrl: '' });

const ticketPath = (id: string, action: string) => `/api/v1/tickets/${encodeURIComponent(id)}/${action}`;

/** The guidance desk's routes (docs/api.md §3.4b) and the shared ones it uses, bound to one guide session. */
export function guideApi(c: HubClient) {
  return {
    ...hubApi(c),
    lookup: (number: string) => c.call(`/api/v1/tickets/lookup?number=${encodeURIComponent(number)}`, deskTicketSchema),
    printFirst: (body: DeskPrintBody) => c.call('/api/v1/desk/print', deskPrintResultSchema, { body }),
    printer: () => c.call('/api/v1/desk/printer', deskPrinterSchema),
    reprint: (id: string, requestId: string, job: TicketPrintJob) =>
      c.call(ticketPath(id, 'reprint'), reprintReplySchema, { body: { requestId, job } }),
    move: (id: string, body: MoveTicketBody) => c.call(ticketPath(id, 'move'), deskCommandReplySchema, { body }),
    cancel: (id: string, body: CancelTicketBody) => c.call(ticketPath(id, 'cancel'), deskCommandReplySchema, { body }),
    referComplaints: (id: string, body: ReferComplaintsBody) =>
      c.call(ticketPath(id, 'refer-complaints'), deskCommandReplySchema, { body }),
  };
}

export type GuideApi = ReturnType<typeof guideApi>;

export const publicApi = hubApi(hub);
export const sessionApi = (token: string): GuideApi => guideApi(hub.withToken(token));
