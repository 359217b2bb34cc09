import {
  fail,
  ok,
  type CreateDeviceBody,
  type CreateDeviceReply,
  type CreateStaffBody,
  type DeviceView,
  type LoginReply,
  type Result,
  type StaffView,
} from '@hall/protocol';
import type { HallStore, StaffRecord } from '@hall/store';
import type { Clock } from '../clock.ts';
import { LoginThrottle } from './login-throttle.ts';
import { passwordProblem } from './password-policy.ts';
import type { Principal } from './principal.ts';
import { hashPassword, hashToken, newId, newToken, verifyPassword } from './secrets.ts';
import { QueueFull } from './work-queue.ts';

/** A clerk's session lasts a long shift; they log in again the next day. */
const SESSION_MS = 14 * 60 * 60 * 1000;

export function staffView(s: StaffRecord): StaffView {
  return {
    id: s.id,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    permissions: s.permissions,
    disabled: s.disabledAt !== null,
  };
}

/**
 * A username as typed at a failed login, fit for the audit log and the hub's log: control characters
 * dropped and at most 32 characters, so a guesser cannot flood either with long text.
 */
export function usernameAsTyped(username: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = username.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '');
  const chars = [...clean];
  return chars.length > 32 ? `${chars.slice(0, 32).join('')}…` : clean;
}

function weak(password: string, username: string): Result<never> | undefined {
  const problem = passwordProblem(password, username);
  return problem === undefined ? undefined : fail('VALIDATION_FAILED', `weak password: ${problem}`);
}

/** Staff accounts, logins and device tokens. */
export class Accounts {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {
    this.throttle = new LoginThrottle(clock);
  }

  /** Seconds until this username and address may try to log in again (0: now). */
  loginRetryAfterSeconds(username: string, address: string): number {
    return Math.ceil(this.throttle.waitMs(username, address) / 1000);
  }

  /** Who holds this bearer token, if anyone: a live staff session or an unrevoked device. */
  authenticate(token: string): Principal | undefined {
    const tokenHash = hashToken(token);
    const now = this.clock.now();
    const staffId = this.store.staff.sessionStaff(tokenHash, now);
    if (staffId !== undefined) {
      const staff = this.store.staff.findById(staffId);
      if (!staff || staff.disabledAt !== null) return undefined;
      return { kind: 'staff', id: staff.id, role: staff.role, staff, tokenHash };
    }
    const device = this.store.devices.findActiveByTokenHash(tokenHash);
    if (device) return { kind: 'device', id: device.id, role: device.role, device, tokenHash };
    return undefined;
  }

  /**
   * Checks a password, unless this username or this address is locked after failures (LoginThrottle) or
   * too many password checks already wait: both are RATE_LIMITED before any hashing. Failures are audited.
   */
  async login(username: string, password: string, address = 'local'): Promise<Result<LoginReply>> {
    const wait = this.loginRetryAfterSeconds(username, address);
    if (wait > 0) return fail('RATE_LIMITED', `too many failed logins: try again in ${wait} s`);
    const staff = this.store.staff.findByUsername(username);
    let valid: boolean;
    try {
      // Verify against a dummy hash when the user is unknown, so timing does not reveal valid usernames.
      const hash = staff?.passwordHash ?? (await dummyHash());
      valid = await verifyPassword(password, hash, true);
    } catch (err) {
      if (err instanceof QueueFull) return fail('RATE_LIMITED', 'too many logins at once: try again in a moment');
      throw err;
    }
    if (!staff || !valid || staff.disabledAt !== null) {
      this.throttle.failed(username, address);
      this.store.audit.append(
        this.clock.now(),
        'anonymous',
        'login.failed',
        `username "${usernameAsTyped(username)}" from ${address}`,
      );
      return fail('INVALID_CREDENTIALS', 'wrong username or password');
    }
    this.throttle.succeeded(username);
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = now + SESSION_MS;
    this.store.transaction(() => {
      this.store.staff.pruneExpiredSessions(now);
      this.store.staff.addSession(hashToken(token), staff.id, now, expiresAt);
      this.store.audit.append(now, staff.id, 'login', `${staff.username} logged in`);
    });
    return ok({ token, expiresAt, staff: staffView(staff) });
  }

  logout(principal: Principal): void {
    if (principal.kind === 'staff') this.store.staff.endSession(principal.tokenHash);
  }

  async createStaff(body: CreateStaffBody, by: string): Promise<Result<StaffView>> {
    if (this.store.staff.findByUsername(body.username)) {
      return fail('USERNAME_TAKEN', `username ${body.username} is taken`);
    }
    const refused = weak(body.password, body.username);
    if (refused) return refused;
    const record: Omit<StaffRecord, 'disabledAt'> = {
      id: newId('staff'),
      username: body.username,
      displayName: body.displayName ?? body.username,
      role: body.role,
      permissions: body.permissions,
      passwordHash: await hashPassword(body.password),
      createdAt: this.clock.now(),
    };
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.create(record);
      this.store.audit.append(now, by, 'staff.created', `${record.username} (${record.role})`);
    });
    return ok(staffView({ ...record, disabledAt: null }));
  }

  /** A staff member changes their own password; their other sessions end. */
  async changeOwnPassword(principal: Principal, current: string, next: string): Promise<Result<StaffView>> {
    if (principal.kind !== 'staff') return fail('FORBIDDEN', 'devices have tokens, not passwords');
    const staff = this.store.staff.findById(principal.id);
    if (!staff || !(await verifyPassword(current, staff.passwordHash))) {
      // Not 401: the session is fine, only the password typed to confirm the change is not.
      return fail('WRONG_CURRENT_PASSWORD', 'the current password is wrong');
    }
    const refused = weak(next, staff.username);
    if (refused) return refused;
    const hash = await hashPassword(next);
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.setPasswordHash(staff.id, hash);
      this.store.staff.endOtherSessions(staff.id, principal.tokenHash);
      this.store.audit.append(now, staff.id, 'staff.password-changed', staff.username);
    });
    return ok(staffView(staff));
  }

  /** An admin sets someone's password; all their sessions end. */
  async resetPassword(staffId: string, password: string, by: string): Promise<Result<StaffView>> {
    const staff = this.store.staff.findById(staffId);
    if (!staff) return fail('NOT_FOUND', `no staff member ${staffId}`);
    const refused = weak(password, staff.username);
    if (refused) return refused;
    const hash = await hashPassword(password);
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.setPasswordHash(staff.id, hash);
      this.store.staff.endOtherSessions(staff.id, '');
      this.store.audit.append(now, by, 'staff.password-reset', staff.username);
    });
    return ok(staffView(staff));
  }

  /** Disables an account for good (leavers); its sessions end. The last admin cannot be disabled. */
  disableStaff(staffId: string, by: string): Result<StaffView> {
    const staff = this.store.staff.findById(staffId);
    if (!staff) return fail('NOT_FOUND', `no staff member ${staffId}`);
    if (staff.role === 'admin' && staff.disabledAt === null && this.store.staff.activeAdminCount() <= 1) {
      return fail('LAST_ADMIN', 'this is the only admin: create another admin before disabling it');
    }
    const now = this.clock.now();
    this.store.transaction(() => {
      if (this.store.staff.disable(staff.id, now)) this.store.audit.append(now, by, 'staff.disabled', staff.username);
    });
    return ok(staffView({ ...staff, disabledAt: staff.disabledAt ?? now }));
  }

  createDevice(body: CreateDeviceBody, by: string, token: string = newToken()): CreateDeviceReply {
    const now = this.clock.now();
    const device = this.store.transaction(() => {
      const d = this.store.devices.create(
        newId(body.role),
        body.role,
        body.name,
        hashToken(token),
        now,
        body.window ?? null,
      );
      this.store.audit.append(now, by, 'device.created', `${d.id} ${body.role} "${body.name}"`);
      return d;
    });
    return { device, token };
  }

  /** Every staff account, as an admin sees it (never a password hash). */
  listStaff(): StaffView[] {
    return this.store.staff.list().map(staffView);
  }

  listDevices(): DeviceView[] {
    return this.store.devices.list();
  }

  /** Revokes a device's token (again is harmless) and returns the device as it now is. */
  revokeDeviceById(id: string, by: string): Result<DeviceView> {
    if (!this.store.devices.get(id)) return fail('NOT_FOUND', `no device ${id}`);
    this.revokeDevice(id, by);
    const device = this.store.devices.get(id);
    return device ? ok(device) : fail('NOT_FOUND', `no device ${id}`);
  }

  revokeDevice(id: string, by: string): boolean {
    const now = this.clock.now();
    return this.store.transaction(() => {
      const revoked = this.store.devices.revoke(id, now);
      if (revoked) this.store.audit.append(now, by, 'device.revoked', id);
      return revoked;
    });
  }

  /**
   * On a database with no admin: creates `admin` with the given password, or with a random one
   * that is returned so the caller can print it once.
   */
  async ensureAdmin(password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
    if (this.store.staff.activeAdminCount() > 0) return { created: false };
    const generated = password === undefined ? newToken().slice(0, 16) : undefined;
    const result = await this.createStaff(
      {
        username: 'admin',
        password: password ?? generated ?? '',
        role: 'admin',
        displayName: '管理员',
        permissions: ['call-out-of-order'],
      },
      'system',
    );
    if (!result.ok) throw new Error(`cannot create the admin account: ${result.error.message}`);
    return generated === undefined ? { created: true } : { created: true, generatedPassword: generated };
  }

  /**
   * The way back in when the admin password is lost: someone with access to the hub machine restarts
   * it with HALL_RESET_ADMIN=1. The `admin` account gets this password, is enabled again, and all its
   * sessions end. Audited.
   */
  async recoverAdmin(password: string): Promise<void> {
    const admin = this.store.staff.findByUsername('admin');
    if (!admin) {
      await this.ensureAdmin(password);
      return;
    }
    const problem = passwordProblem(password, admin.username);
    if (problem !== undefined) throw new Error(`HALL_ADMIN_PASSWORD cannot be used: ${problem}`);
    const hash = await hashPassword(password);
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.setPasswordHash(admin.id, hash);
      this.store.staff.enable(admin.id);
      this.store.staff.endOtherSessions(admin.id, '');
      this.store.audit.append(now, 'system', 'staff.admin-recovered', 'admin password set from HALL_ADMIN_PASSWORD');
    });
  }
}

let dummy: Promise<string> | undefined;
/** A valid scrypt hash of a random string, verified against when a username is unknown. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(newToken());
  return dummy;
}
