import type { HubClient } from '@hall/hub-client';
import { numberingReplySchema } from '@hall/protocol';

/** `GET /api/v1/numbering` (docs/api.md): how close each prefix is to the last number of its width today. */
export function numberingApi(c: HubClient) {
  return {
    numbering: () => c.call('/api/v1/numbering', numberingReplySchema),
  };
}
