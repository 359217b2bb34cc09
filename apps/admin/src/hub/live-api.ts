import type { HubClient } from '@hall/hub-client';
import { hallAlertSchema, liveBoardSchema } from '@hall/protocol';

const enc = encodeURIComponent;

/** The supervisors' routes (docs/api.md, live board): the board, and acknowledging an alert (audited). */
export function liveApi(c: HubClient) {
  return {
    live: () => c.call('/api/v1/live', liveBoardSchema),
    acknowledgeAlert: (id: string, requestId: string) =>
      c.call(`/api/v1/alerts/${enc(id)}/acknowledge`, hallAlertSchema, { body: { requestId } }),
  };
}
