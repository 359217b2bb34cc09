/**
 * What was announced, for the end-to-end test (and for anyone looking at the console of a wall display):
 * the page keeps them in `window.__hallAnnouncements`. The e2e test reads the type as
 * `@hall/display/announced-record`.
 */
export interface AnnouncedRecord {
  eventId: number;
  number: string;
  window: number;
  recall: boolean;
  text: string;
  /** False while voice was off or not enabled yet: decided and logged, but not spoken. */
  spoken: boolean;
}
