import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The kiosk's own configuration file (one per machine, written by the hall's IT staff). Plain module:
 * no 'electron' import; the caller passes argv, env and the userData directory in.
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** USB ids are usually written in hex ("0x0416"); JSON has no hex numbers, so accept both. */
const usbId = z.union([
  z.number().int().min(0).max(0xffff),
  z
    .string()
    .regex(/^0x[0-9a-f]{1,4}$/i, 'must be a number 0-65535 or a hex string like "0x0416"')
    .transform((s) => Number.parseInt(s, 16)),
]);

export const printerConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tcp'), host: nonEmpty, port: z.number().int().min(1).max(65535).optional() }).strict(),
  z.object({ kind: z.literal('serial'), path: nonEmpty, baudRate: z.number().int().positive().optional() }).strict(),
  z.object({ kind: z.literal('usb'), vendorId: usbId, productId: usbId }).strict(),
  z.object({ kind: z.literal('virtual'), dir: nonEmpty }).strict(),
]);
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export const kioskFileConfigSchema = z
  .object({
    hubUrl: z.url({
      protocol: /^https?$/,
      hostname: z.regexes.hostname,
      error: 'must be an http:// or https:// URL like "http://hub.hall.lan:8080"',
    }),
    token: nonEmpty,
    kioskName: nonEmpty.max(60),
    printer: printerConfigSchema,
    production: z.boolean().default(true),
  })
  .strict();
export type KioskFileConfig = z.infer<typeof kioskFileConfigSchema>;

export const CONFIG_FILE_NAME = 'kiosk.json';
export const CONFIG_ENV = 'HALL_KIOSK_CONFIG';

export class KioskConfigError extends Error {
  override name = 'KioskConfigError';
  constructor(
    message: string,
    readonly path: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/** `--config=<path>` (or `--config <path>`), then `HALL_KIOSK_CONFIG`, then `<userData>/kiosk.json`. */
export function resolveConfigPath(input: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
}): string {
  const { argv, env, userDataDir } = input;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--config=') && arg.length > '--config='.length) return arg.slice('--config='.length);
    if (arg === '--config' && argv[i + 1]) return argv[i + 1] as string;
  }
  const fromEnv = env[CONFIG_ENV];
  if (fromEnv && fromEnv.trim() !== '') return fromEnv;
  return join(userDataDir, CONFIG_FILE_NAME);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Validates already-parsed JSON. Throws a KioskConfigError listing every problem at once. */
export function parseKioskConfig(raw: unknown, path: string): KioskFileConfig {
  const result = kioskFileConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(describeIssue);
  throw new KioskConfigError(
    `kiosk config ${path} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    path,
    problems,
  );
}

export async function loadKioskConfig(input: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  read?: (path: string) => Promise<string>;
}): Promise<{ path: string; config: KioskFileConfig }> {
  const path = resolveConfigPath(input);
  const read = input.read ?? ((p: string) => readFile(p, 'utf8'));
  let text: string;
  try {
    text = await read(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? String(err)})`;
    throw new KioskConfigError(
      `kiosk config ${path} ${why}. Copy kiosk.config.example.json there, or pass --config=<file> or ${CONFIG_ENV}.`,
      path,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new KioskConfigError(`kiosk config ${path} is not valid JSON: ${(err as Error).message}`, path);
  }
  return { path, config: parseKioskConfig(raw, path) };
}
