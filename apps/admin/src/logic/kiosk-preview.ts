import type { HallConfigInput, LocalizedText } from '@hall/protocol';

/** One tile of the kiosk's start screen, and the services the zone's next screen lists. */
export interface PreviewTile {
  zoneId: string;
  icon: string | undefined;
  names: LocalizedText;
  services: { id: string; prefix: string; names: LocalizedText }[];
}

/**
 * The kiosk's start screen from a document, saved or not: every zone in configuration order, and under it its
 * services in configuration order, as the kiosk lists them (`hall.zones`, then the zone's `hall.services`).
 */
export function previewTiles(config: HallConfigInput): PreviewTile[] {
  return config.zones.map((z) => ({
    zoneId: z.id,
    icon: z.icon,
    names: z.names,
    services: config.services
      .filter((s) => s.zoneId === z.id)
      .map((s) => ({ id: s.id, prefix: s.prefix, names: s.names })),
  }));
}
