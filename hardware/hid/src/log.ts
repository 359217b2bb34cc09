/**
 * The little the pads need from a logger. Injected so that the bridge can log through the hub's or the
 * Electron main process's logger, and tests can read what was logged.
 */
export interface PadLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One JSON line per entry on stderr, from `minLevel` up: what bridge-main uses. */
export function consoleLogger(minLevel: LogLevel = 'info'): PadLogger {
  const min = LOG_LEVELS.indexOf(minLevel);
  const write =
    (level: LogLevel) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (LOG_LEVELS.indexOf(level) < min) return;
      console.error(JSON.stringify({ level, msg: message, ...fields }));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentLogger: PadLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
