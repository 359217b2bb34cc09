import { z } from 'zod';
import { HALL_EVENT_TYPES } from './events.ts';
import { serviceConfigSchema } from './hall-config.ts';
import { localizedTextSchema } from './localized.ts';
import { ticketSchema } from './ticket.ts';
import { windowStateSchema } from './window.ts';

/**
 * The district (区政务服务中心 and its 49 town, street and community service points): each site runs its own hub on
 * its own SQLite and ships its stored events to the centre (`apps/central`, PostgreSQL) through an outbox; the
 * centre hands the district's service catalogue back. A site never waits on the centre.
 *
 * Wire, all under the centre's `/api/v1`:
 * - `GET  /ingest/position`  (site token) → `ingestAckSchema`: where the site resumes after an outage or restart.
 * - `POST /ingest`           (site token) `ingestBatchSchema` → `ingestAckSchema`. Idempotent on (site, event id):
 *   a batch sent twice stores nothing twice. Events come in id order; ids may skip (archived days), never go back.
 * - `GET  /catalogue`        (site token) → `catalogueDocumentSchema`, `ETag: "<version>"`, 304 on `If-None-Match`.
 * - `GET  /sites`            (district staff) → `siteStatusSchema[]`.
 * - `GET  /public/waits`     (no login, cache-friendly) → `publicWaitsSchema`.
 * Site tokens are sent as `Authorization: Bearer <token>`; the centre keeps only their hash.
 */

export const SITE_LEVELS = ['district', 'town', 'community'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

export const SITE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A service point in the sites registry. */
export const siteSchema = z
  .object({
    id: z.string().regex(SITE_ID_PATTERN),
    names: localizedTextSchema,
    level: z.enum(SITE_LEVELS),
    /** The town or street the point belongs to: the district live page groups by it. */
    area: localizedTextSchema,
    address: z.string().min(1).max(200),
    /** WGS-84, for the map and "nearest point with the shortest wait". */
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;

/**
 * A ticket as it leaves the site: no holder (even masked) and no status code (it would let the centre's readers
 * follow a citizen's ticket). Everything the reports need stays.
 */
export const siteTicketSchema = ticketSchema.omit({ holder: true, statusCode: true });
export type SiteTicket = z.infer<typeof siteTicketSchema>;

/** One stored event of the site's append-only log, as shipped. `id` is the site's own event id. */
export const syncedEventSchema = z
  .object({
    id: z.number().int().positive(),
    type: z.enum(HALL_EVENT_TYPES),
    at: z.number().int(),
    businessDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    actor: z.string().max(80),
    ticket: siteTicketSchema.optional(),
    window: windowStateSchema.optional(),
  })
  .strict();
export type SyncedEvent = z.infer<typeof syncedEventSchema>;

/** The site's floor now, sent with every batch (an empty batch is the heartbeat, every 15 s at most). */
export const siteLiveSchema = z
  .object({
    /** The site hub's clock when it was measured. */
    at: z.number().int(),
    businessDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    waiting: z.number().int().min(0),
    longestWaitMinutes: z.number().int().min(0),
    openWindows: z.number().int().min(0),
    pausedWindows: z.number().int().min(0),
    services: z
      .array(
        z.object({
          serviceId: z.string(),
          waiting: z.number().int().min(0),
          /** The site's own forecast for a ticket taken now; null when the service takes no tickets now. */
          estimatedWaitMinutes: z.number().int().min(0).nullable(),
        }),
      )
      .max(500),
  })
  .strict();
export type SiteLive = z.infer<typeof siteLiveSchema>;

export const INGEST_BATCH_MAX = 500;

export const ingestBatchSchema = z
  .object({
    events: z
      .array(syncedEventSchema)
      .max(INGEST_BATCH_MAX)
      .refine((events) => events.every((e, i) => i === 0 || e.id > (events[i - 1]?.id ?? 0)), {
        message: 'events must come in strictly increasing id order',
      }),
    /** Events still in the site's outbox after this batch. */
    backlog: z.number().int().min(0),
    live: siteLiveSchema,
    /** The catalogue version the site has applied; null before its first. */
    catalogueVersion: z.number().int().min(1).nullable(),
  })
  .strict();
export type IngestBatch = z.infer<typeof ingestBatchSchema>;

/** The highest event id the centre holds for the site: the site ships from the next one. */
export const ingestAckSchema = z.object({ lastEventId: z.number().int().min(0) });
export type IngestAck = z.infer<typeof ingestAckSchema>;

/**
 * A catalogue entry: what the district decides of a service. A site keeps its own zone, windows, hours, staff and
 * service times; it offers the catalogue's services it has taken up.
 */
export const catalogueServiceSchema = serviceConfigSchema
  .pick({
    id: true,
    names: true,
    prefix: true,
    numberDigits: true,
    targetWaitMinutes: true,
    materials: true,
    printMaterials: true,
    delayService: true,
  })
  .strict();
export type CatalogueService = z.infer<typeof catalogueServiceSchema>;

export const catalogueDocumentSchema = z
  .object({
    version: z.number().int().min(1),
    publishedAt: z.number().int(),
    services: z.array(catalogueServiceSchema).min(1).max(1000),
  })
  .strict();
export type CatalogueDocument = z.infer<typeof catalogueDocumentSchema>;

/** A site as `GET /api/v1/sites` lists it: the registry entry and how far the centre has it. */
export const siteStatusSchema = siteSchema.extend({
  lastEventId: z.number().int().min(0),
  /** When the centre last heard from the site (centre clock); null if never. */
  lastReceivedAt: z.number().int().nullable(),
  backlog: z.number().int().min(0),
  catalogueVersion: z.number().int().nullable(),
  /** In sync: heard from within `SITE_STALE_SECONDS` and no backlog. */
  inSync: z.boolean(),
  live: siteLiveSchema.nullable(),
});
export type SiteStatus = z.infer<typeof siteStatusSchema>;

/** A site not heard from for this long is shown as out of sync (the heartbeat comes every 15 s). */
export const SITE_STALE_SECONDS = 60;

/** The portal's feed: current waits per site and service. No personal data, no staff, nothing per ticket. */
export const publicWaitsSchema = z.object({
  generatedAt: z.number().int(),
  sites: z.array(
    z.object({
      id: z.string(),
      names: localizedTextSchema,
      level: z.enum(SITE_LEVELS),
      area: localizedTextSchema,
      address: z.string(),
      lat: z.number(),
      lng: z.number(),
      /** False when the figures are older than `SITE_STALE_SECONDS`: the portal should say "no current data". */
      current: z.boolean(),
      services: z.array(
        z.object({
          serviceId: z.string(),
          names: localizedTextSchema,
          waiting: z.number().int().min(0),
          estimatedWaitMinutes: z.number().int().min(0).nullable(),
        }),
      ),
    }),
  ),
});
export type PublicWaits = z.infer<typeof publicWaitsSchema>;
