import { createHubClient, hubApi, type HubClient } from '@hall/hub-client';
import {
  auditEntrySchema,
  createDeviceReplySchema,
  deviceStateViewSchema,
  deviceViewSchema,
  noticesBodySchema,
  staffViewSchema,
  type CreateDeviceBody,
  type CreateStaffBody,
  type NoticesBody,
} from '@hall/protocol';
import { z } from 'zod';
import { configApi } from './config-api.ts';
import { liveApi } from './live-api.ts';
import { numberingApi } from './numbering-api.ts';
import { reportsApi } from './reports-api.ts';

/** The hub that served this page: the console is always served by the hub itself at /admin. */
export const hub = createHubClient({ baseUrl: '' });

const enc = encodeURIComponent;

/** What the audit page asks for; every field optional, as `GET /api/v1/audit` takes them. */
export interface AuditFilter {
  action?: string | undefined;
  actor?: string | undefined;
  since?: number | undefined;
  before?: number | undefined;
  limit?: number | undefined;
}

export function auditPath(f: AuditFilter): string {
  const pairs = Object.entries(f).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '');
  return `/api/v1/audit${pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${enc(k)}=${enc(String(v))}`).join('&')}`}`;
}

/** The admin routes of docs/api.md §3.7 and the configuration routes, bound to one admin session. */
export function adminApi(c: HubClient) {
  return {
    ...hubApi(c),
    ...configApi(c),
    ...numberingApi(c),
    ...reportsApi(c),
    ...liveApi(c),
    staff: () => c.call('/api/v1/staff', z.array(staffViewSchema)),
    createStaff: (body: CreateStaffBody) => c.call('/api/v1/staff', staffViewSchema, { body }),
    resetPassword: (id: string, password: string) =>
      c.call(`/api/v1/staff/${enc(id)}/password`, staffViewSchema, { body: { password } }),
    disableStaff: (id: string) => c.call(`/api/v1/staff/${enc(id)}/disable`, staffViewSchema, { body: {} }),
    devices: () => c.call('/api/v1/devices', z.array(deviceStateViewSchema)),
    createDevice: (body: CreateDeviceBody) => c.call('/api/v1/devices', createDeviceReplySchema, { body }),
    revokeDevice: (id: string) => c.call(`/api/v1/devices/${enc(id)}`, deviceViewSchema, { method: 'DELETE' }),
    setNotices: (body: NoticesBody) => c.call('/api/v1/notices', noticesBodySchema, { method: 'PUT', body }),
    audit: (f: AuditFilter) => c.call(auditPath(f), z.array(auditEntrySchema)),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;

export const publicApi = hubApi(hub);
export const sessionApi = (token: string): AdminApi => adminApi(hub.withToken(token));
