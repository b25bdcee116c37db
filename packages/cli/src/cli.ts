import type { Command, ParsedArgs } from './command.js';
import { askCommand } from './commands/ask.js';
import { parseCommand } from './commands/parse.js';
import { type CliIo, UsageError } from './io.js';

const commands = new Map<string, Command>(
  [parseCommand, askCommand].map((command) => [command.name, command]),
);

const USAGE = ['usage:', ...[...commands.values()].map((command) => `  ${command.usage}`)].join('\n');

/**
 * Runs the command line and returns the exit code: 0 done, 1 failed (unreadable file, bad input),
 * 2 wrong usage. Errors are one short line on stderr.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - where output goes and files come from
 * @example
 * const code = run(['ask', 'story.txt', 'Who claimed the attack?'], nodeIo());
 */
export function run(argv: string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands.get(name);
  if (!command) {
    io.stderr(`newsparse: unknown command ${JSON.stringify(name)}\n${USAGE}`);
    return 2;
  }
  try {
    return command.execute(parseArgs(rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`newsparse ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    io.stderr(`newsparse ${name}: ${shortMessage(error)}`);
    return 1;
  }
}

function parseArgs(args: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], json: false, published: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--published') {
      const value = args[++i];
      if (value === undefined) throw new UsageError('--published needs a date (YYYY-MM-DD)');
      parsed.published = value;
    } else if (arg.startsWith('--published=')) parsed.published = arg.slice('--published='.length);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else parsed.positional.push(arg);
  }
  return parsed;
}

function shortMessage(error: unknown): string {
  if (
    error &&
    typeof error === 'object' &&
    'code' in error &&
    (error as { code: unknown }).code === 'ENOENT'
  ) {
    return `no such file: ${(error as { path?: string }).path ?? ''}`.trim();
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
