import { z } from 'zod';

/**
 * A client-chosen id per command. A retried command with the same id (after a timeout, a reconnect or a
 * hub restart) gets the stored result of the first instead of being applied twice.
 */
export const requestIdSchema = z
  .string()
  .min(8, 'requestId must be 8-64 characters')
  .max(64, 'requestId must be 8-64 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'requestId may hold letters, digits and . _ : -');
