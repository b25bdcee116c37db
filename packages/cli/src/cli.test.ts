import { describe, expect, it } from 'vitest';
import { run } from './cli.js';
import type { CliIo } from './io.js';

const STORY = `Depot fire in Harwick

By Ines Calloway

HARWICK, May 2 (Newswire) - Three workers were killed and eight injured when a fuel depot exploded in Harwick on Friday, the fire service said.

The Grey Lantern group claimed responsibility for the blast.

"We will rebuild," said Mayor Otto Brandvold.
`;
const QUIET = 'TARNBY – The Tarnby library reopened on Monday after a year of repairs, the council said.';

/** An in-memory file system and captured output. */
function memoryIo(files: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readText(path) {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
      return text;
    },
    isDirectory: (path) => Object.keys(files).some((name) => name.startsWith(`${path}/`)),
    listDirectory: (path) =>
      Object.keys(files)
        .filter((name) => name.startsWith(`${path}/`))
        .map((name) => name.slice(path.length + 1)),
    joinPath: (directory, name) => `${directory}/${name}`,
  };
}

const files = {
  'story.txt': STORY,
  '-': STORY,
  'news/harwick.txt': STORY,
  'news/tarnby.md': QUIET,
  'news/notes.json': '{}',
};

describe('newsparse cli', () => {
  // [argv, exit code, text that must be on stdout]
  const succeeds: Array<[string[], number, string]> = [
    [['parse', 'story.txt'], 0, 'Headline:  Depot fire in Harwick'],
    [['parse', 'story.txt'], 0, 'Ines Calloway'],
    [['parse', '-'], 0, 'HARWICK'],
    [['parse', 'story.txt', '--json'], 0, '"headline"'],
    [['ask', 'story.txt', 'Who claimed the attack?'], 0, 'Grey Lantern'],
    [['ask', 'story.txt', 'how many were killed'], 0, '3'],
    [['ask', 'story.txt', 'Who won the football match?'], 0, 'Not stated'],
    [['ask', 'news', 'Who claimed the attack?'], 0, 'harwick.txt'],
    [['ask', 'story.txt', 'Who wrote this?', '--json'], 0, '"evidence"'],
    [['--help'], 0, 'usage:'],
  ];
  it.each(succeeds)('%j → exit %i', (argv, code, expected) => {
    const io = memoryIo(files);
    expect(run(argv, io)).toBe(code);
    expect(io.out.join('\n')).toContain(expected);
    expect(io.err).toEqual([]);
  });

  it('prints the Article as JSON with --json', () => {
    const io = memoryIo(files);
    run(['parse', 'story.txt', '--json'], io);
    const article = JSON.parse(io.out.join('')) as { text: string; byline: unknown };
    expect(article.text).toBe(STORY);
  });

  // [argv, exit code, text that must be on stderr]
  const fails: Array<[string[], number, string]> = [
    [[], 2, 'usage:'],
    [['frobnicate'], 2, 'unknown command'],
    [['parse'], 2, 'usage: newsparse parse'],
    [['parse', 'a.txt', 'b.txt'], 2, 'one FILE'],
    [['ask', 'story.txt'], 2, 'one question'],
    [['parse', 'story.txt', '--colour'], 2, 'unknown option --colour'],
    [['parse', 'missing.txt'], 1, 'no such file: missing.txt'],
    [['parse', 'story.txt', '--published', 'not-a-date'], 1, 'published'],
  ];
  it.each(fails)('%j → exit %i', (argv, code, expected) => {
    const io = memoryIo(files);
    expect(run(argv, io)).toBe(code);
    expect(io.err.join('\n')).toContain(expected);
    expect(io.err.join('\n').split('\n')[0]?.length).toBeLessThan(200);
  });
});
