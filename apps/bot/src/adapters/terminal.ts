import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ApplicationCommandOptionType, PermissionsBitField } from 'discord.js';
import type { AttachmentInput, Command, OptionValue, Services } from '../command.js';
import { handle } from '../dispatch.js';
import type { ArticleStore } from '../store/article-store.js';

/** The terminal is one local server with one user who holds every permission. */
export const TERMINAL_GUILD_ID = 'local';
export const TERMINAL_USER_ID = 'terminal';

export interface TerminalOptions {
  input: Readable;
  output: Writable;
  commands: Map<string, Command>;
  store: ArticleStore;
  services: Services;
  /** Where `file:` paths are resolved from. */
  workingDirectory: string;
  /** Print a banner and a prompt; default: when the input is a TTY. */
  interactive?: boolean;
}

export type ParsedCommandLine =
  | { ok: true; command: Command; options: Record<string, OptionValue> }
  | { ok: false; message: string };

/**
 * Runs commands typed as in Discord ("/ask question:Who claimed the attack?"), one a line, until the
 * input ends: the same command objects, the same store, replies printed instead of sent.
 */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const interactive = options.interactive ?? (options.input as Readable & { isTTY?: boolean }).isTTY === true;
  const lines = createInterface({
    input: options.input,
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  const write = (text: string) => options.output.write(text);
  const prompt = () => {
    if (interactive) write('newsparse> ');
  };
  if (interactive) {
    write('newsparse terminal mode (no DISCORD_TOKEN set). Type /help for the commands, Ctrl-D to quit.\n');
  }
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line.length > 0 && !line.startsWith('#')) {
      const parsed = parseCommandLine(line, options.commands, options.workingDirectory);
      if (!parsed.ok) {
        write(`${parsed.message}\n\n`);
      } else {
        const reply = await handle(parsed.command, {
          guildId: TERMINAL_GUILD_ID,
          userId: TERMINAL_USER_ID,
          permissions: PermissionsBitField.All,
          options: parsed.options,
          store: options.store,
          services: options.services,
        });
        write(`${reply.content}\n\n`);
      }
    }
    prompt();
  }
  if (interactive) write('\n');
}

/**
 * Reads "/name key:value key:value". A value runs to the next " key:" that names one of the command's
 * options, so questions may hold colons ("question:What happened at 11:00?"). `file:PATH` fills the
 * attachment option. With no "key:" at all, the text fills the first required text option, so
 * "/ask Who claimed the attack?" also works.
 */
export function parseCommandLine(
  line: string,
  commands: Map<string, Command>,
  workingDirectory: string,
): ParsedCommandLine {
  const match = /^\/([\w-]+)\s*/.exec(line);
  if (!match)
    return { ok: false, message: 'Commands start with a slash, e.g. /ask question:Who claimed the attack?' };
  const name = (match[1] as string).toLowerCase();
  const command = commands.get(name);
  if (!command) return { ok: false, message: `Unknown command /${name}. Type /help for the list.` };
  const definitions = (command.definition.options ?? []).map((option) => ({
    name: option.name,
    type: option.type,
    required: 'required' in option && option.required === true,
  }));
  const attachment = definitions.find((option) => option.type === ApplicationCommandOptionType.Attachment);
  const keys = new Map(definitions.map((option) => [option.name, option]));
  if (attachment) keys.set('file', attachment);
  const rest = line.slice(match[0].length);
  const raw = splitOptions(rest, [...keys.keys()]);
  if (raw.size === 0 && rest.trim().length > 0) {
    const first = definitions.find(
      (option) => option.required && option.type === ApplicationCommandOptionType.String,
    );
    if (!first) return { ok: false, message: `Write options as name:value, e.g. ${usage(command)}` };
    raw.set(first.name, rest.trim());
  }
  const options: Record<string, OptionValue> = {};
  for (const [key, value] of raw) {
    const option = keys.get(key);
    if (!option) continue;
    const converted = convert(option.type, option.name, value, workingDirectory);
    if (typeof converted === 'object' && 'error' in converted) return { ok: false, message: converted.error };
    options[option.name] = converted;
  }
  const missing = definitions.filter((option) => option.required && options[option.name] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Missing ${missing.map((option) => option.name).join(', ')}: ${usage(command)}`,
    };
  }
  return { ok: true, command, options };
}

function splitOptions(rest: string, names: string[]): Map<string, string> {
  const found: Array<{ name: string; start: number; valueStart: number }> = [];
  const lower = rest.toLowerCase();
  for (const name of names) {
    const key = `${name}:`;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(key, from);
      if (at < 0) break;
      if (at === 0 || /\s/.test(rest[at - 1] as string)) {
        found.push({ name, start: at, valueStart: at + key.length });
      }
      from = at + key.length;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const values = new Map<string, string>();
  found.forEach((entry, index) => {
    const end = found[index + 1]?.start ?? rest.length;
    if (!values.has(entry.name)) values.set(entry.name, rest.slice(entry.valueStart, end).trim());
  });
  return values;
}

function convert(
  type: ApplicationCommandOptionType,
  name: string,
  value: string,
  workingDirectory: string,
): OptionValue | { error: string } {
  switch (type) {
    case ApplicationCommandOptionType.Integer: {
      const number = Number(value);
      return Number.isInteger(number) ? number : { error: `${name} must be a whole number, got "${value}"` };
    }
    case ApplicationCommandOptionType.Number: {
      const number = Number(value);
      return Number.isFinite(number) ? number : { error: `${name} must be a number, got "${value}"` };
    }
    case ApplicationCommandOptionType.Boolean: {
      if (/^(?:true|yes|1)$/i.test(value)) return true;
      if (/^(?:false|no|0)$/i.test(value)) return false;
      return { error: `${name} must be true or false, got "${value}"` };
    }
    case ApplicationCommandOptionType.Attachment:
      return localFile(resolve(workingDirectory, value));
    default:
      return value;
  }
}

/**
 * A local file as an attachment. Its size is read now, so an oversized file is refused unread and a
 * missing one is reported like a bad option.
 */
function localFile(path: string): AttachmentInput | { error: string } {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { error: `not a file: ${path}` };
    size = info.size;
  } catch {
    return { error: `no such file: ${path}` };
  }
  return { name: basename(path), size, contentType: null, read: () => readFile(path) };
}

function usage(command: Command): string {
  const options = (command.definition.options ?? []).map((option) => {
    const text = `${option.name}:…`;
    return 'required' in option && option.required ? text : `[${text}]`;
  });
  return [`/${command.definition.name}`, ...options].join(' ');
}
