import {
  bookingListSchema,
  bookingOptionsViewSchema,
  bookingSlotsViewSchema,
  bookingViewSchema,
  complaintSchema,
  displayBookingListSchema,
  myBookingsSchema,
  PHONE_PROOF_HEADER,
  phoneCodeSentSchema,
  phoneProofSchema,
  publicBookingViewSchema,
  displayDemoConfigSchema,
  followUpSchema,
  hallConfigSchema,
  hallSnapshotSchema,
  healthReplySchema,
  issuedTicketSchema,
  kioskBookingLookupSchema,
  kioskDemoConfigSchema,
  loginReplySchema,
  meReplySchema,
  noticesBodySchema,
  okReplySchema,
  printerStatusSchema,
  printResultSchema,
  publicTicketStatusSchema,
  queueStatsSchema,
  raterRateReplySchema,
  raterStatusSchema,
  syncReplySchema,
  windowCommandResultSchema,
  type ComplaintProgressBody,
  type CreateBookingBody,
  type CreateComplaintBody,
  type IssueTicketBody,
  type WindowAction,
  type WindowActionBody,
  type PrinterStatus,
  type PhoneCodeBody,
  type PhoneProofBody,
  type PublicCreateBookingBody,
  type RateBody,
  type TicketPrintJob,
} from '@hall/protocol';
import { z } from 'zod';
import type { HubClient } from './http-client.ts';

const enc = encodeURIComponent;
const proofHeader = (proof: string): Record<string, string> => ({ [PHONE_PROOF_HEADER]: proof });
const query = (q: Record<string, string | number | undefined>): string => {
  const pairs = Object.entries(q).filter((e): e is [string, string | number] => e[1] !== undefined);
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${enc(k)}=${enc(String(v))}`).join('&')}`;
};

/**
 * The hub's HTTP routes the UIs use, each with the protocol schema of its answer (docs/api.md).
 * `hubApi(client)` binds them to one client (one token).
 */
export function hubApi(c: HubClient) {
  return {
    // Accounts (counter).
    login: (username: string, password: string) =>
      c.call('/api/v1/auth/login', loginReplySchema, { body: { username, password }, token: null }),
    logout: () => c.call('/api/v1/auth/logout', okReplySchema, { body: {} }),
    me: () => c.call('/api/v1/me', meReplySchema),

    // The hall.
    /** The hub's business day (hall time, never the browser's clock) and that it is up. */
    health: () => c.call('/healthz', healthReplySchema, { token: null }),
    hall: () => c.call('/api/v1/hall', hallConfigSchema),
    queue: () => c.call('/api/v1/queue', queueStatsSchema),
    snapshot: () => c.call('/api/v1/snapshot', hallSnapshotSchema),
    /** The events after `after`, or a snapshot when they are no longer all kept (HTTP catch-up). */
    events: (after: number) => c.call(`/api/v1/events${query({ after })}`, syncReplySchema),
    notices: () => c.call('/api/v1/notices', noticesBodySchema),
    /** Commands over HTTP (the socket is the usual way): the same request id on a retry. */
    issueTicket: (body: IssueTicketBody) => c.call('/api/v1/tickets', issuedTicketSchema, { body }),
    windowAction: <A extends Exclude<WindowAction, 'rate'>>(window: number, action: A, body: WindowActionBody<A>) =>
      c.call(`/api/v1/windows/${window}/${action}`, windowCommandResultSchema, { body }),

    // Bookings.
    bookingOptions: () => c.call('/api/v1/public/booking-options', bookingOptionsViewSchema, { token: null }),
    bookingSlots: (serviceId: string, day: string) =>
      c.call(`/api/v1/public/booking-slots${query({ serviceId, day })}`, bookingSlotsViewSchema, { token: null }),
    /** Texts a one-time code to the phone (the demo hub hands it back as `demoCode`). */
    phoneCode: (body: PhoneCodeBody) =>
      c.call('/api/v1/public/phone-codes', phoneCodeSentSchema, { body, token: null }),
    /** Trades the code for the proof the calls below send. */
    phoneProof: (body: PhoneProofBody) =>
      c.call('/api/v1/public/phone-proofs', phoneProofSchema, { body, token: null }),
    publicCreateBooking: (body: PublicCreateBookingBody, proof: string) =>
      c.call('/api/v1/public/bookings', publicBookingViewSchema, { body, token: null, headers: proofHeader(proof) }),
    publicBooking: (code: string, proof: string) =>
      c.call(`/api/v1/public/bookings/${enc(code)}`, publicBookingViewSchema, {
        token: null,
        headers: proofHeader(proof),
      }),
    myBookings: (proof: string) =>
      c.call('/api/v1/public/my-bookings', myBookingsSchema, { token: null, headers: proofHeader(proof) }),
    publicCancelBooking: (code: string, proof: string) =>
      c.call(`/api/v1/public/bookings/${enc(code)}/cancel`, publicBookingViewSchema, {
        body: {},
        token: null,
        headers: proofHeader(proof),
      }),
    /** Staff: the bookings of a hall-local day (the hub's business day when omitted). */
    bookings: (day?: string) => c.call(`/api/v1/bookings${query({ day })}`, bookingListSchema),
    /** A wall display: the same day's bookings as rows without codes or phones. */
    bookingRows: (day?: string) => c.call(`/api/v1/bookings${query({ day })}`, displayBookingListSchema),
    createBooking: (body: CreateBookingBody) => c.call('/api/v1/bookings', bookingViewSchema, { body }),
    cancelBooking: (code: string) => c.call(`/api/v1/bookings/${enc(code)}/cancel`, bookingViewSchema, { body: {} }),
    /** The kiosk's look-up before a check-in: the code and the last four digits of the booking's phone. */
    kioskBooking: (code: string, phoneLast4?: string) =>
      c.call(`/api/v1/kiosk/bookings/${enc(code)}${query({ phoneLast4 })}`, kioskBookingLookupSchema),

    // The could-not-get-it-done desk and rating follow-ups.
    /** A desk's own matters (`window`), or every matter for a supervisor (no window). */
    complaints: (window?: number) => c.call(`/api/v1/complaints${query({ window })}`, z.array(complaintSchema)),
    createComplaint: (body: CreateComplaintBody) => c.call('/api/v1/complaints', complaintSchema, { body }),
    progressComplaint: (id: string, body: ComplaintProgressBody) =>
      c.call(`/api/v1/complaints/${enc(id)}/progress`, complaintSchema, { body }),
    followUps: () => c.call('/api/v1/follow-ups', z.array(followUpSchema)),
    closeFollowUp: (id: string, note: string) =>
      c.call(`/api/v1/follow-ups/${enc(id)}/close`, followUpSchema, { body: { note } }),

    // Kiosk printing, the rating tablet, the phone status page.
    printerStatus: () => c.call('/api/v1/kiosk/printer', printerStatusSchema),
    print: (job: TicketPrintJob) => c.call('/api/v1/kiosk/print', printResultSchema, { body: job }),
    reportPrinter: (status: PrinterStatus) => c.call('/api/v1/kiosk/printer-status', okReplySchema, { body: status }),
    raterStatus: () => c.call('/api/v1/rater/status', raterStatusSchema),
    rate: (window: number, body: RateBody) => c.call(`/api/v1/windows/${window}/rate`, raterRateReplySchema, { body }),
    publicTicketStatus: (code: string) =>
      c.call(`/api/v1/public/tickets/${enc(code)}`, publicTicketStatusSchema, { token: null }),

    // Demo mode only: the hub hands a device its token (404 on a real hall).
    kioskDemoConfig: () => c.call('/kiosk/config.json', kioskDemoConfigSchema, { token: null }),
    displayDemoConfig: () => c.call('/display/config.json', displayDemoConfigSchema, { token: null }),
    raterDemoConfig: (window: number) =>
      c.call(`/rate/${window}/config.json`, displayDemoConfigSchema, { token: null }),
  };
}

export type HubApi = ReturnType<typeof hubApi>;
