import type { NoticesBody } from '@hall/protocol';
import type { Logger } from 'pino';
import type { AlertDesk } from '../alerts/alert-desk.ts';
import type { Clock } from '../clock.ts';
import type { DemoDeviceTokens } from '../demo-seed.ts';
import type { BookingDesk } from '../hall/booking-desk.ts';
import type { CommandGateway } from '../hall/command-gateway.ts';
import type { DevicePresence } from '../devices/device-presence.ts';
import type { ComplaintDesk } from '../hall/complaint-desk.ts';
import type { ConfigDesk } from '../hall/config-desk.ts';
import type { FollowUpList } from '../hall/follow-up-list.ts';
import type { HallRecords } from '../hall/hall-records.ts';
import type { HallService } from '../hall/hall-service.ts';
import type { NoticeBoard } from '../hall/notice-board.ts';
import type { NumberingWatch } from '../hall/numbering-watch.ts';
import type { PhoneVerifier } from '../hall/phone-verifier.ts';
import type { DeskPrinter } from '../guide/desk-printer.ts';
import type { GuideDesk } from '../guide/guide-desk.ts';
import type { KioskPrinters } from '../kiosk/kiosk-printers.ts';
import type { ReportDesk } from '../reports/report-desk.ts';
import type { AccessDeps } from './access-hooks.ts';
import type { TrustProxy } from './client-address.ts';

/** The services the HTTP plugins call (never the store), and the hooks that reach the sockets. */
export interface HttpDeps extends AccessDeps {
  hall: HallService;
  configs: ConfigDesk;
  bookings: BookingDesk;
  /** One-time codes and phone proofs for the public booking routes. */
  phones: PhoneVerifier;
  printers: KioskPrinters;
  /** Devices online or offline and last seen (`GET /api/v1/devices`). */
  presence: DevicePresence;
  gateway: CommandGateway;
  /** The guidance desk's find, print, reprint, move, cancel and refer (`/guide`). */
  guide: GuideDesk;
  deskPrinter: DeskPrinter;
  records: HallRecords;
  complaints: ComplaintDesk;
  followUps: FollowUpList;
  /** Reports over ranges of business days (supervisors). */
  reports: ReportDesk;
  /** The supervisors' live board and its alerts. */
  alerts: AlertDesk;
  notices: NoticeBoard;
  /** Each prefix's numbers today, for the admin (issue 14). */
  numbering: NumberingWatch;
  clock: Clock;
  log: Logger;
  /** Which peers may name the client in X-Forwarded-For (HALL_TRUSTED_PROXIES): `request.ip` follows it. */
  trustProxy: TrustProxy;
  /** Where the UIs' builds are: `<webRoot>/<ui>/dist`. */
  webRoot: string;
  /** Folder of the virtual printers' output, served under PREVIEW_PATH. */
  printDir: string;
  /** Demo mode only: `/kiosk/config.json`, `/display/config.json` and `/rate/<n>/config.json` hand out tokens. */
  demo?: DemoDeviceTokens | undefined;
  /** Check every reply against its response schema (tests): a mismatch is a 500, not a silent drift. */
  checkResponses?: boolean | undefined;
  /** Configured window numbers now (a rating page exists only for those); the configuration may change live. */
  windowNumbers: () => ReadonlySet<number>;
  /** Called after a device is revoked so its open sockets are cut at once. */
  onDeviceRevoked: (deviceId: string) => void;
  /** Called after a staff session ends (logout) so the sockets opened with it are cut. */
  onSessionEnded: (tokenHash: string) => void;
  /** Called after a staff member's sessions were all ended (password reset, disabled account). */
  onStaffLockedOut: (staffId: string) => void;
  /** Called after an admin changed the hall notices, to push them to the displays. */
  onNoticesChanged: (body: NoticesBody) => void;
  /** Called after a password change ended a staff member's other sessions. */
  onOtherSessionsEnded: (staffId: string, keepTokenHash: string) => void;
}
