/**
 * The phone status page finds a ticket by its status code; device rows remember the last printer
 * status a kiosk reported (paper near end) for the admin.
 */
export const migration002 = {
  version: 2,
  name: 'ticket status code, kiosk printer status',
  sql: `
ALTER TABLE tickets ADD COLUMN status_code TEXT;
-- Tickets from before get a code too (hex of 5 random bytes), in the column and in the JSON body.
UPDATE tickets SET status_code = upper(hex(randomblob(5))) WHERE status_code IS NULL;
UPDATE tickets SET body = json_set(body, '$.statusCode', status_code);
CREATE UNIQUE INDEX tickets_by_status_code ON tickets (status_code);
ALTER TABLE devices ADD COLUMN printer_status TEXT;
`,
};
