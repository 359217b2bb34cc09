/**
 * The token colours the UIs put together, and the WCAG 2.2 AA minimum each pairing needs: 4.5:1 for text,
 * 3:1 for large text (24 px, or 18.7 px bold) and for controls' boundaries, icons and the focus ring
 * (SC 1.4.3, 1.4.11). `contrast.test.ts` computes every ratio from tokens.css. An app that puts two tokens
 * together in a new way adds the pair here.
 */
export interface ContrastPair {
  fg: `--${string}`;
  bg: `--${string}`;
  min: 4.5 | 3;
  /** Where the pair is used, for the reader of a failure. */
  use: string;
}

const TEXT = 4.5;
const LARGE_OR_UI = 3;

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  // Body text on the page and on cards.
  { fg: '--ink', bg: '--page', min: TEXT, use: 'body text' },
  { fg: '--ink', bg: '--surface', min: TEXT, use: 'text on cards and dialogs' },
  { fg: '--ink-soft', bg: '--page', min: TEXT, use: 'secondary text, hints' },
  { fg: '--ink-soft', bg: '--surface', min: TEXT, use: 'secondary text on cards' },
  { fg: '--ink-disabled', bg: '--surface-disabled', min: TEXT, use: 'a greyed choice (closed service, full slot)' },
  { fg: '--brand-strong', bg: '--page', min: TEXT, use: 'screen titles' },
  { fg: '--brand-strong', bg: '--blue-100', min: TEXT, use: 'selected rows, highlighted cards' },
  { fg: '--brand', bg: '--surface', min: TEXT, use: 'outline buttons, links' },
  { fg: '--brand', bg: '--blue-100', min: TEXT, use: 'text on a selected tile' },
  { fg: '--blue-600', bg: '--surface', min: TEXT, use: 'booking page brand on cards' },
  { fg: '--blue-600', bg: '--page', min: TEXT, use: 'booking page links on the page' },
  { fg: '--on-brand', bg: '--brand', min: TEXT, use: 'primary buttons' },
  { fg: '--on-brand', bg: '--brand-strong', min: TEXT, use: 'top bars' },
  { fg: '--on-brand', bg: '--blue-800', min: TEXT, use: 'top bar gradient' },
  { fg: '--on-brand', bg: '--blue-600', min: TEXT, use: 'booking page top bar' },
  { fg: '--ink', bg: '--blue-100', min: TEXT, use: 'booking page notices, a pressed choice' },
  { fg: '--on-brand', bg: '--problem', min: TEXT, use: 'booking page cancel button' },
  { fg: '--problem', bg: '--surface-disabled', min: TEXT, use: 'booking page full slot' },
  { fg: '--blue-600', bg: '--blue-100', min: LARGE_OR_UI, use: 'booking page pressed choice border, notice rule' },
  { fg: '--focus', bg: '--blue-600', min: LARGE_OR_UI, use: 'focus ring on the booking page top bar (outer tone)' },
  // States.
  { fg: '--ok', bg: '--ok-soft', min: TEXT, use: 'success notices' },
  { fg: '--ok', bg: '--surface', min: TEXT, use: 'places left, open state' },
  { fg: '--problem', bg: '--problem-soft', min: TEXT, use: 'error notices' },
  { fg: '--problem', bg: '--surface', min: TEXT, use: 'field errors' },
  { fg: '--warn', bg: '--warn-soft', min: TEXT, use: 'warnings (offline, closed services)' },
  { fg: '--ink', bg: '--warn-soft', min: TEXT, use: 'text in warning banners' },
  { fg: '--delay', bg: '--delay-soft', min: TEXT, use: '延时服务 badge (failed at #8a3ffc)' },
  { fg: '--delay', bg: '--surface', min: TEXT, use: '延时服务 notes on cards' },
  { fg: '--delay', bg: '--page', min: TEXT, use: '延时服务 notes on the page' },
  { fg: '--problem', bg: '--page', min: TEXT, use: 'the phone page: connection lost' },
  { fg: '--ink', bg: '--amber-400', min: TEXT, use: 'the phone page: a called ticket' },
  { fg: '--brand-strong', bg: '--amber-400', min: TEXT, use: 'the phone page: a called ticket number' },
  // Controls and the focus ring (non-text).
  { fg: '--brand', bg: '--surface', min: LARGE_OR_UI, use: 'button borders' },
  { fg: '--ink-soft', bg: '--surface', min: LARGE_OR_UI, use: 'input borders' },
  { fg: '--focus-inner', bg: '--page', min: LARGE_OR_UI, use: 'focus ring on the page (inner tone)' },
  { fg: '--focus-inner', bg: '--surface', min: LARGE_OR_UI, use: 'focus ring on cards (inner tone)' },
  { fg: '--focus', bg: '--brand-strong', min: LARGE_OR_UI, use: 'focus ring on top bars (outer tone)' },
  { fg: '--focus', bg: '--brand', min: LARGE_OR_UI, use: 'focus ring on primary buttons (outer tone)' },
  { fg: '--focus', bg: '--wall-ground', min: LARGE_OR_UI, use: 'focus ring on the wall display' },
  { fg: '--gold', bg: '--brand-strong', min: LARGE_OR_UI, use: 'the gold rule under the top bar' },
  // The wall display.
  { fg: '--wall-ink', bg: '--wall-ground', min: TEXT, use: 'wall text' },
  { fg: '--wall-ink', bg: '--wall-panel', min: TEXT, use: 'wall panels' },
  { fg: '--wall-ink-soft', bg: '--wall-panel', min: TEXT, use: 'second-language lines' },
  { fg: '--wall-number', bg: '--wall-ground', min: TEXT, use: 'ticket numbers' },
  { fg: '--wall-number', bg: '--wall-panel', min: TEXT, use: 'ticket numbers in panels' },
  { fg: '--wall-ground', bg: '--wall-number', min: TEXT, use: 'a fresh call, drawn inverted' },
  { fg: '--wall-window', bg: '--wall-panel', min: TEXT, use: 'window numbers' },
  { fg: '--wall-elderly', bg: '--wall-panel', min: TEXT, use: 'elderly lane' },
  { fg: '--wall-ok', bg: '--wall-panel', min: TEXT, use: 'checked in' },
  { fg: '--wall-problem', bg: '--wall-panel', min: TEXT, use: 'reconnecting' },
  { fg: '--wall-number', bg: '--wall-row', min: TEXT, use: 'ticket numbers in the calls list' },
  { fg: '--wall-window', bg: '--wall-row', min: TEXT, use: 'window names in the calls list' },
  { fg: '--wall-ink-soft', bg: '--wall-row', min: TEXT, use: 'second-language lines in the calls list' },
  { fg: '--wall-ink-on-number', bg: '--wall-number', min: TEXT, use: 'second lines on a fresh call' },
  { fg: '--wall-ink', bg: '--wall-delay', min: TEXT, use: 'the 约 mark of the bookings panel' },
  { fg: '--wall-delay-ink', bg: '--wall-panel', min: TEXT, use: 'the bookings count' },
  { fg: '--wall-delay-line', bg: '--wall-ground', min: LARGE_OR_UI, use: 'the featured bookings panel border' },
];
