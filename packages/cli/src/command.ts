import type { CliIo } from './io.js';

/** Options read from the command line: the positional words and the flags. */
export interface ParsedArgs {
  positional: string[];
  json: boolean;
  published: string | undefined;
}

/** One sub-command: its name, its usage line and what it does. Returns the exit code. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  execute(args: ParsedArgs, io: CliIo): number;
}
