import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the commands need from the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for "-". */
  readText(path: string): string;
  isDirectory(path: string): boolean;
  /** File names (not paths) in a directory. */
  listDirectory(path: string): string[];
  joinPath(directory: string, name: string): string;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    isDirectory: (path) => path !== '-' && statSync(path).isDirectory(),
    listDirectory: (path) => readdirSync(path),
    joinPath: join,
  };
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}
