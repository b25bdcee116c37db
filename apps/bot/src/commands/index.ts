import type { Command } from '../command.js';
import { articleCommand } from './article.js';
import { articlesCommand } from './articles.js';
import { askCommand } from './ask.js';
import { forgetCommand } from './forget.js';
import { helpCommand } from './help.js';
import { ingestCommand } from './ingest.js';
import { quotesCommand } from './quotes.js';

/** Every slash command; adding one is a new file and one line here. */
export const allCommands: readonly Command[] = [
  ingestCommand,
  askCommand,
  articleCommand,
  quotesCommand,
  articlesCommand,
  forgetCommand,
  helpCommand,
];

export function loadCommands(commands: readonly Command[] = allCommands): Map<string, Command> {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (byName.has(command.definition.name)) {
      throw new Error(`two commands are named /${command.definition.name}`);
    }
    byName.set(command.definition.name, command);
  }
  return byName;
}
