import type { Logger } from './command.js';

/**
 * Logs to stderr, so terminal-mode replies on stdout stay clean. Secrets (the bot token) are replaced
 * wherever they appear, in case an error message ever carries one.
 */
export function createLogger(
  secrets: ReadonlyArray<string | undefined> = [],
  write: (line: string) => void = (line) => {
    process.stderr.write(`${line}\n`);
  },
): Logger {
  const hidden = secrets.filter(
    (secret): secret is string => typeof secret === 'string' && secret.length >= 8,
  );
  const redact = (text: string) =>
    hidden.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
  const emit = (level: string, message: string, detail?: unknown) => {
    const extra = detail === undefined || detail === '' ? '' : ` ${describe(detail)}`;
    write(redact(`${new Date().toISOString()} ${level} ${message}${extra}`));
  };
  return {
    info: (message, detail) => emit('info', message, detail),
    warn: (message, detail) => emit('warn', message, detail),
    error: (message, detail) => emit('error', message, detail),
  };
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
