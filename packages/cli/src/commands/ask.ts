import { parseArticle } from '@newsparse/core';
import { type Answer, ask, createCorpus } from '@newsparse/qa';
import type { Command } from '../command.js';
import { type CliIo, UsageError } from '../io.js';

const ARTICLE_FILE = /\.(?:txt|md)$/i;

/** `newsparse ask FILE|DIR "question" [--json]`: a directory's .txt/.md files form a corpus named by file name. */
export const askCommand = {
  name: 'ask',
  usage: 'newsparse ask FILE|DIR|- "question" [--json] [--published YYYY-MM-DD]',
  execute(args, io) {
    const [source, question, ...extra] = args.positional;
    if (!source || question === undefined || extra.length > 0) {
      throw new UsageError('ask takes a FILE or DIR and one question (quote it)');
    }
    const options = args.published ? { published: args.published } : {};
    const corpus = createCorpus();
    for (const [id, path] of articleFiles(source, io))
      corpus.add(parseArticle(io.readText(path), options), id);
    const answer = ask(question, corpus);
    io.stdout(args.json ? JSON.stringify(answer, null, 2) : render(answer));
    return 0;
  },
} satisfies Command;

function articleFiles(source: string, io: CliIo): Array<[string, string]> {
  if (!io.isDirectory(source)) return [[baseName(source), source]];
  const names = io
    .listDirectory(source)
    .filter((name) => ARTICLE_FILE.test(name))
    .sort();
  if (names.length === 0) throw new Error(`no .txt or .md files in ${source}`);
  return names.map((name) => [name, io.joinPath(source, name)]);
}

function baseName(path: string): string {
  if (path === '-') return 'stdin';
  return path.split(/[\\/]/).pop() || path;
}

/** The answer, then each piece of evidence as "[article] sentence". */
export function render(answer: Answer): string {
  if (answer.answer === null) return `Not stated: ${answer.reason ?? 'the articles do not say'}`;
  const lines = [`${answer.answer}`, `  (${answer.kind}, confidence ${answer.confidence.toFixed(2)})`];
  for (const evidence of answer.evidence)
    lines.push(`  [${evidence.articleId}] ${evidence.sentence.text.replace(/\s+/g, ' ')}`);
  return lines.join('\n');
}
