import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Article, createParser } from '../../packages/core/src/index.js';
import { type Answer, ask } from '../../packages/qa/src/index.js';
import { evalDir, fixturesDir, ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

/** A golden question of a fixture: the answer must contain all of `contains`, one of `oneOf`, or abstain. */
interface GoldenQuestion {
  q: string;
  contains?: string[];
  oneOf?: string[];
  abstain?: boolean;
}

/** A row of questions_dev.jsonl. */
interface DevQuestion {
  qa_id: string;
  set: string;
  file: string;
  article_id: string;
  question: string;
  answers: Array<string | number>;
  answer_type: string;
  match?: string;
}

interface SourceRecord {
  id: string;
  text: string;
  pub_datetime?: string;
  publication_date?: string;
  killed_stated_in_text?: boolean;
  injured_stated_in_text?: boolean;
}

const parser = createParser();

/** Seed golden questions: one row per fixture file. */
function runSeed(): { rows: EvalRow[]; failures: string[] } {
  const dir = fixturesDir();
  const rows: EvalRow[] = [];
  const failures: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.expected.json'))) {
    const golden = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      questions?: GoldenQuestion[];
      about?: { published?: string };
    };
    const textFile = join(dir, file.replace(/\.expected\.json$/, '.txt'));
    const article = parser.parse(readFileSync(textFile, 'utf8'));
    let hits = 0;
    const questions = golden.questions ?? [];
    for (const question of questions) {
      const answer = ask(question.q, [article]);
      const ok = passesGolden(answer, question);
      if (ok) hits++;
      else failures.push(`${question.q} → ${answer.answer ?? `(abstain: ${answer.reason})`}`);
    }
    rows.push({
      dataset: 'seed article',
      field: 'golden questions',
      value: ratio(hits, questions.length),
      n: questions.length,
      goal: 1,
      note: file,
    });
  }
  return { rows, failures };
}

function passesGolden(answer: Answer, question: GoldenQuestion): boolean {
  if (question.abstain) return answer.answer === null;
  if (answer.answer === null) return false;
  const said = answer.answer.toLowerCase();
  if (question.contains && !question.contains.every((part) => said.includes(part.toLowerCase())))
    return false;
  if (question.oneOf && !question.oneOf.some((part) => said.includes(part.toLowerCase()))) return false;
  return true;
}

/** Which goal a dev question counts towards. */
function category(row: DevQuestion): { field: string; goal?: number } {
  if (row.answer_type === 'place') return { field: 'filing place', goal: 0.98 };
  if (row.answer_type === 'person') return { field: 'author', goal: 0.95 };
  if (row.answer_type === 'count') {
    return /injur|wound/i.test(row.question)
      ? { field: 'injured count', goal: 0.85 }
      : { field: 'killed count', goal: 0.85 };
  }
  if (row.answer_type === 'organization') return { field: 'claimant', goal: 0.85 };
  if (row.answer_type === 'quote_list') return { field: 'what-did-X-say overlap ≥ 0.7', goal: 0.7 };
  return { field: row.answer_type };
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Share of the gold answer's words found in the answer. */
function overlap(answer: string, gold: string): number {
  const have = new Set(tokens(answer));
  const wanted = tokens(gold);
  if (wanted.length === 0) return 0;
  return wanted.filter((word) => have.has(word)).length / wanted.length;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** The first number the answer gives ("6", "six", "at least 28"). */
function firstNumber(answer: string): number | null {
  for (const token of tokens(answer)) {
    if (/^\d+$/.test(token)) return Number(token);
    const index = NUMBER_WORDS.indexOf(token);
    if (index >= 0) return index;
  }
  return null;
}

/** Label and text spell a name differently ("Baloch" / "Balochistan"): most gold words must start or be an answer word. */
function fuzzyName(answer: string, gold: string): boolean {
  const have = tokens(answer);
  const wanted = tokens(gold).filter((word) => !['the', 'of', 'and', 'al'].includes(word));
  if (wanted.length === 0) return false;
  const found = wanted.filter((word) =>
    have.some(
      (candidate) => candidate.startsWith(word) || (word.startsWith(candidate) && candidate.length >= 4),
    ),
  );
  return found.length / wanted.length >= 0.6;
}

/** `outer` holds `inner` as whole words (at least four letters, so "IS" does not match everything). */
function containsName(outer: string, inner: string): boolean {
  const wanted = tokens(inner).join(' ');
  return wanted.length >= 4 && ` ${tokens(outer).join(' ')} `.includes(` ${wanted} `);
}

function passesDev(answer: Answer, row: DevQuestion): boolean {
  if (answer.answer === null) return false;
  const said = answer.answer;
  if (row.answer_type === 'count') {
    const value = firstNumber(said);
    return row.answers.some((gold) => Number(gold) === value);
  }
  if (row.answer_type === 'quote_list' || row.match === 'any_overlap') {
    return row.answers.some((gold) => overlap(said, String(gold)) >= 0.7);
  }
  if (row.match?.startsWith('fuzzy')) {
    // The label may be fuller than the text ("Islamic State - Khorasan Province" for "The Islamic State claimed ...").
    return row.answers.some(
      (gold) =>
        containsName(said, String(gold)) || containsName(String(gold), said) || fuzzyName(said, String(gold)),
    );
  }
  return row.answers.some((gold) => said.toLowerCase().includes(String(gold).toLowerCase()));
}

/** "26-FEB-1987 15:03:27.51" → "1987-02-26". */
function reutersDate(value: string): string | undefined {
  const match = /^(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(value.trim());
  if (!match) return undefined;
  const month =
    ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].indexOf(
      (match[2] as string).toUpperCase(),
    ) + 1;
  if (month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] as string).padStart(2, '0')}`;
}

function publishedOf(record: SourceRecord): string | undefined {
  if (record.pub_datetime) return reutersDate(record.pub_datetime);
  if (record.publication_date && /^\d{4}-\d{2}-\d{2}/.test(record.publication_date))
    return record.publication_date.slice(0, 10);
  return undefined;
}

function runDev(dataDir: string, failures: string[]): EvalRow[] {
  const questions = readJsonl<DevQuestion>(join(dataDir, 'questions_dev.jsonl'));
  const records = new Map<string, Map<string, SourceRecord>>();
  const parsed = new Map<string, Article>();
  const tally = new Map<string, { hits: number; total: number; goal?: number; apart: boolean }>();
  for (const row of questions) {
    let byId = records.get(row.file);
    if (!byId) {
      byId = new Map(readJsonl<SourceRecord>(join(dataDir, row.file)).map((record) => [record.id, record]));
      records.set(row.file, byId);
    }
    const record = byId.get(row.article_id);
    if (!record) continue;
    const key = `${row.file}#${row.article_id}`;
    let article = parsed.get(key);
    if (!article) {
      const published = publishedOf(record);
      article = parser.parse(record.text, published ? { published } : {});
      parsed.set(key, article);
    }
    const answer = ask(row.question, [article]);
    const { field, goal } = category(row);
    // wiki_terror labels come from a table: counts not stated in the text are reported apart.
    const stated =
      field === 'injured count'
        ? record.injured_stated_in_text
        : field === 'killed count'
          ? record.killed_stated_in_text
          : true;
    const name = stated === false ? `${field} (not stated in text)` : field;
    const entry = tally.get(name) ?? {
      hits: 0,
      total: 0,
      apart: stated === false,
      ...(goal !== undefined && stated !== false ? { goal } : {}),
    };
    entry.total++;
    if (passesDev(answer, row)) entry.hits++;
    else if (stated !== false && failures.length < 400)
      failures.push(
        `[${field}] ${row.article_id}: ${row.question} want ${JSON.stringify(row.answers).slice(0, 80)} got ${JSON.stringify(answer.answer ?? `abstain: ${answer.reason}`).slice(0, 120)}`,
      );
    tally.set(name, entry);
  }
  return [...tally].map(([field, entry]) => ({
    dataset: 'questions dev',
    field,
    value: ratio(entry.hits, entry.total),
    n: entry.total,
    ...(entry.goal !== undefined ? { goal: entry.goal } : {}),
  }));
}

let lastFailures: string[] = [];

export const questionsSuite: EvalSuite = {
  name: 'questions',
  run(dataDir: string): EvalRow[] {
    const seed = runSeed();
    const failures = [...seed.failures];
    const rows = [...seed.rows, ...runDev(dataDir, failures)];
    lastFailures = failures;
    return rows;
  },
};

// `tsx scripts/eval/questions.ts [--failures]` runs this suite alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const rows = await questionsSuite.run(evalDir());
  for (const row of rows) {
    const goal = row.goal === undefined ? '' : `  goal ${(row.goal * 100).toFixed(0)} %`;
    console.log(
      `${row.dataset.padEnd(14)} ${row.field.padEnd(42)} ${(row.value * 100).toFixed(1).padStart(6)} %  n=${row.n}${goal}`,
    );
  }
  if (process.argv.includes('--failures')) for (const failure of lastFailures) console.log(`  ✗ ${failure}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
