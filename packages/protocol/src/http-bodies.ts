import { z } from 'zod';
import { deviceRoleSchema, STAFF_PERMISSIONS, staffRoleSchema } from './roles.ts';

const newPasswordSchema = z.string().min(10, 'passwords have at least 10 characters').max(200);

export const loginBodySchema = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) })
  .strict();
export type LoginBody = z.infer<typeof loginBodySchema>;

export const createStaffBodySchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9._-]{3,32}$/, 'usernames are 3-32 lower-case letters, digits, . _ -'),
    password: newPasswordSchema,
    role: staffRoleSchema,
    displayName: z.string().trim().min(1).max(40).optional(),
    permissions: z.array(z.enum(STAFF_PERMISSIONS)).default([]),
  })
  .strict();
export type CreateStaffBody = z.infer<typeof createStaffBodySchema>;

/** A staff member changes their own password. */
export const changePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

/** An admin sets a staff member's password (a forgotten one, a first one). */
export const resetPasswordBodySchema = z.object({ password: newPasswordSchema }).strict();
export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

export const createDeviceBodySchema = z
  .object({
    role: deviceRoleSchema,
    name: z.string().trim().min(1).max(60),
    /** Raters only: the window whose citizens this tablet rates. */
    window: z.number().int().positive().max(999).optional(),
  })
  .strict()
  .refine((b) => (b.role === 'rater') === (b.window !== undefined), {
    path: ['window'],
    message: 'a rater device names its window, and only a rater does',
  });
export type CreateDeviceBody = z.infer<typeof createDeviceBodySchema>;

export type { CreateDeviceReply, DeviceView, LoginReply, StaffView } from './views/accounts.ts';
