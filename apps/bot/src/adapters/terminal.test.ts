import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HARBOUR_TEXT, tempDirectory, testServices } from '../../test/helpers.js';
import { runTerminalMode } from '../app.js';
import { loadCommands } from '../commands/index.js';
import { loadConfig } from '../config.js';
import { silentLogger } from '../log.js';
import { SqliteArticleStore } from '../store/sqlite-store.js';
import { parseCommandLine, runTerminal } from './terminal.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const commands = loadCommands();
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('parseCommandLine', () => {
  const parsed: Array<[string, string, Record<string, unknown>]> = [
    ['/ask question:Who claimed the attack?', 'ask', { question: 'Who claimed the attack?' }],
    [
      '/ask question:What happened at 11:00? article:3 public:true',
      'ask',
      { question: 'What happened at 11:00?', article: 3, public: true },
    ],
    ['/ask   Who claimed the attack?', 'ask', { question: 'Who claimed the attack?' }],
    ['/ASK question: who  ', 'ask', { question: 'who' }],
    ['/quotes speaker:Zebari', 'quotes', { speaker: 'Zebari' }],
    ['/article', 'article', {}],
    ['/article id:2', 'article', { id: 2 }],
    ['/articles page:3', 'articles', { page: 3 }],
    ['/forget id:7', 'forget', { id: 7 }],
    [
      '/ingest text:BAGHDAD (Reuters) — It said: yes.',
      'ingest',
      { text: 'BAGHDAD (Reuters) — It said: yes.' },
    ],
    ['/ingest url:https://example.com/a?b=c', 'ingest', { url: 'https://example.com/a?b=c' }],
  ];
  it.each(parsed)('%s', (line, name, options) => {
    const result = parseCommandLine(line, commands, repositoryRoot);
    expect(result.ok && result.command.definition.name).toBe(name);
    expect(result.ok && result.options).toEqual(options);
  });

  it('turns file:PATH into an attachment read from the working directory', async () => {
    const result = parseCommandLine(
      '/ingest file:fixtures/articles/sample-port-alder-depot.txt',
      commands,
      repositoryRoot,
    );
    if (!result.ok) throw new Error(result.message);
    const attachment = result.options.attachment;
    if (typeof attachment !== 'object') throw new Error('no attachment');
    expect(attachment.name).toBe('sample-port-alder-depot.txt');
    expect(attachment.size).toBeGreaterThan(1000);
    expect(Buffer.from(await attachment.read(1_000_000)).toString('utf8')).toMatch(
      /^Rocket strike on Port Alder/,
    );
  });

  const refused: Array<[string, RegExp]> = [
    ['ask who', /start with a slash/],
    ['/nope', /Unknown command \/nope/],
    ['/ask', /Missing question: \/ask question:… \[article:…\] \[public:…\]/],
    ['/ask question:Who? article:three', /article must be a whole number/],
    ['/ask question:Who? public:maybe', /public must be true or false/],
    ['/forget 3', /Write options as name:value/],
    ['/ingest file:no/such/file.txt', /no such file: .*no\/such\/file\.txt/],
  ];
  it.each(refused)('%s → %s', (line, message) => {
    const result = parseCommandLine(line, commands, repositoryRoot);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

async function collect(stream: PassThrough): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

describe('runTerminal', () => {
  it('runs one command a line from a stream, with no prompt when not interactive', async () => {
    const store = new SqliteArticleStore(':memory:');
    cleanups.push(() => store.close());
    const output = new PassThrough();
    const done = collect(output);
    const input = Readable.from([
      `/ingest text:${HARBOUR_TEXT.replace(/\n/g, ' ')}\n`,
      '\n# a comment\n/ask question:Who claimed it?\n/bogus',
    ]);
    await runTerminal({
      input,
      output,
      commands,
      store,
      services: testServices(),
      workingDirectory: repositoryRoot,
    });
    output.end();
    const text = await done;
    expect(text).toMatch(/^Stored\.\n/);
    expect(text).toContain('**The Northern Reed Front**\n> ');
    expect(text.trimEnd().endsWith('Unknown command /bogus. Type /help for the list.')).toBe(true);
    expect(text).not.toContain('newsparse>');
  });

  it('prints a banner and a prompt when interactive', async () => {
    const store = new SqliteArticleStore(':memory:');
    cleanups.push(() => store.close());
    const output = new PassThrough();
    const done = collect(output);
    await runTerminal({
      input: Readable.from(['/help\n']),
      output,
      commands,
      store,
      services: testServices(),
      workingDirectory: repositoryRoot,
      interactive: true,
    });
    output.end();
    const text = await done;
    expect(text).toMatch(/^newsparse terminal mode .*\nnewsparse> \*\*newsparse\*\* reads/);
    expect(text.endsWith('newsparse> \n')).toBe(true);
  });
});

describe('terminal mode, end to end with core and qa', () => {
  async function session(dbPath: string, lines: string[]): Promise<string> {
    const config = loadConfig({ NEWSPARSE_DB: dbPath, INIT_CWD: repositoryRoot });
    const output = new PassThrough();
    const done = collect(output);
    await runTerminalMode({
      config,
      log: silentLogger,
      input: Readable.from(lines.map((line) => `${line}\n`)),
      output,
    });
    output.end();
    return done;
  }

  it('ingests the seed article, answers who claimed the attack, and still does after a restart', async () => {
    const directory = tempDirectory();
    cleanups.push(directory.remove);
    const dbPath = join(directory.path, 'terminal.sqlite');
    const first = await session(dbPath, [
      '/articles',
      '/ingest file:fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt',
      '/ask question:Who claimed the attack?',
    ]);
    const [list, card, answer] = first.trimEnd().split('\n\n');
    // The empty store was seeded with the project's sample article.
    expect(list).toContain('#1 Rocket strike on Port Alder fuel depot');
    expect(card).toMatch(/^Stored\.\n\*\*#2 Iraqis brace for escalation/);
    expect(answer).toMatch(/Ahl al-Kahf/);
    expect(answer).toMatch(/\n> .*claimed responsibility/);
    expect(answer).toContain('— #2 Iraqis brace for escalation');

    const second = await session(dbPath, [
      '/ask question:Who claimed the attack?',
      '/ingest file:fixtures/articles/arab-weekly-2020-11-20-baghdad-embassy.txt',
      '/articles',
    ]);
    const [again, duplicate, listAgain] = second.trimEnd().split('\n\n');
    expect(again).toMatch(/Ahl al-Kahf/);
    expect(duplicate).toMatch(/^Already stored: this text is #2/);
    expect(listAgain).toMatch(/2 in all/);
  });
});
