import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidSpan, parseArticle, type Quote } from '../../packages/core/src/index.js';
import { isSpeechCue } from '../../packages/core/src/lexicon/reporting-verbs.js';
import { fixturesDir, ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

interface SpanSet {
  spans: Array<[number, number]>;
  text: string;
}

interface PolnearAttribution {
  id: string;
  kind: string;
  source: SpanSet | null;
  cue: SpanSet | null;
  content: SpanSet | null;
}

interface PolnearRecord {
  id: string;
  publication_date: string;
  text: string;
  attributions: PolnearAttribution[];
}

interface Interval {
  start: number;
  end: number;
}

interface Tally {
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
  speakerPairs: number;
  speakerRight: number;
  invalidSpans: number;
  crashed: number;
}

/** Set `NEWSPARSE_EVAL_VERBOSE=1` to print misses and false quotes while developing. */
const verbose = process.env.NEWSPARSE_EVAL_VERBOSE === '1';

/** Gold content may be discontinuous: compare its whole extent. */
function extent(set: SpanSet): Interval | null {
  if (set.spans.length === 0) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const [from, to] of set.spans) {
    start = Math.min(start, from);
    end = Math.max(end, to);
  }
  return { start, end };
}

/** Overlap of at least half the shorter interval. */
export function contentMatches(a: Interval, b: Interval): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap >= shorter / 2;
}

function overlapLength(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function scoreRecord(record: PolnearRecord, tally: Tally): void {
  let quotes: Quote[] = [];
  try {
    quotes = parseArticle(record.text, { published: record.publication_date }).quotes;
  } catch (error) {
    // A parser must never throw; count it and score the article as finding nothing.
    tally.crashed++;
    if (verbose) console.error(`  threw [${record.id}]`, error);
  }
  for (const quote of quotes) {
    if (!isValidSpan(record.text, quote.text) || !isValidSpan(record.text, quote.span)) tally.invalidSpans++;
    if (quote.speaker && !isValidSpan(record.text, quote.speaker.span)) tally.invalidSpans++;
  }
  const gold = record.attributions.flatMap((attribution) => {
    const content = attribution.content ? extent(attribution.content) : null;
    return content ? [{ attribution, content }] : [];
  });

  for (const quote of quotes) {
    tally.predicted++;
    if (gold.some(({ content }) => contentMatches(content, quote.text))) tally.predictedMatched++;
    else if (verbose)
      console.error(`  false [${record.id}] ${quote.kind} ${quote.verb}: ${quote.text.text.slice(0, 120)}`);
  }

  for (const { attribution, content } of gold) {
    if (!attribution.cue || !isSpeechCue(attribution.cue.text)) continue;
    tally.gold++;
    let best: Quote | null = null;
    for (const quote of quotes) {
      if (!contentMatches(content, quote.text)) continue;
      if (!best || overlapLength(content, quote.text) > overlapLength(content, best.text)) best = quote;
    }
    if (!best) {
      if (verbose) {
        console.error(
          `  miss [${record.id}] ${attribution.source?.text ?? '-'} / ${attribution.cue.text}: ${attribution.content?.text.slice(0, 120)}`,
        );
      }
      continue;
    }
    tally.goldMatched++;
    if (!attribution.source) continue;
    tally.speakerPairs++;
    const speaker = best.speaker?.span;
    const right =
      speaker !== undefined &&
      attribution.source.spans.some(([start, end]) => overlapLength({ start, end }, speaker) > 0);
    if (right) tally.speakerRight++;
    else if (verbose) {
      console.error(`  speaker [${record.id}] gold ${attribution.source.text} ≠ ${speaker?.text ?? 'none'}`);
    }
  }
}

function polnearRows(dataset: string, records: PolnearRecord[]): EvalRow[] {
  const tally: Tally = {
    predicted: 0,
    predictedMatched: 0,
    gold: 0,
    goldMatched: 0,
    speakerPairs: 0,
    speakerRight: 0,
    invalidSpans: 0,
    crashed: 0,
  };
  for (const record of records) scoreRecord(record, tally);
  const precision = ratio(tally.predictedMatched, tally.predicted);
  const recall = ratio(tally.goldMatched, tally.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    {
      dataset,
      field: 'articles whose parse threw',
      value: tally.crashed,
      n: records.length,
      goal: 0,
      lowerIsBetter: true,
    },
    { dataset, field: 'quote content precision', value: precision, n: tally.predicted },
    { dataset, field: 'quote content recall (speech cues)', value: recall, n: tally.gold },
    { dataset, field: 'quote content F1', value: f1, n: tally.gold, goal: 0.85 },
    {
      dataset,
      field: 'speaker mention accuracy',
      value: ratio(tally.speakerRight, tally.speakerPairs),
      n: tally.speakerPairs,
      goal: 0.9,
    },
    {
      dataset,
      field: 'invalid quote spans',
      value: tally.invalidSpans,
      n: tally.predicted,
      goal: 0,
      lowerIsBetter: true,
    },
  ];
}

interface Matcher {
  oneOf?: string[];
  contains?: string[];
}

interface GoldenQuote {
  kind: Quote['kind'];
  contains: string[];
  speaker: string | Matcher;
}

interface Golden {
  article: string;
  expected: { quotes?: GoldenQuote[]; notQuotes?: { text: string }[] };
}

function speakerMatches(expected: string | Matcher, name: string | undefined): boolean {
  if (!name) return false;
  const actual = name.toLowerCase();
  if (typeof expected === 'string') return actual === expected.toLowerCase();
  if (expected.oneOf) return expected.oneOf.some((option) => option.toLowerCase() === actual);
  return (expected.contains ?? []).every((part) => actual.includes(part.toLowerCase()));
}

function seedRows(): EvalRow[] {
  const rows: EvalRow[] = [];
  const directory = fixturesDir();
  for (const file of ['arab-weekly-2020-11-20-baghdad-embassy.expected.json']) {
    const path = join(directory, file);
    if (!existsSync(path)) continue;
    const golden = JSON.parse(readFileSync(path, 'utf8')) as Golden;
    const text = readFileSync(join(directory, golden.article), 'utf8');
    const quotes = parseArticle(text).quotes;
    const expected = golden.expected.quotes ?? [];
    let right = 0;
    for (const want of expected) {
      const found = quotes.find(
        (quote) =>
          quote.kind === want.kind &&
          want.contains.every((part) => quote.text.text.toLowerCase().includes(part.toLowerCase())) &&
          speakerMatches(want.speaker, quote.speaker?.name),
      );
      if (found) right++;
      else if (verbose) console.error(`  seed miss: ${want.kind} ${want.contains.join(' … ')}`);
    }
    const scare = (golden.expected.notQuotes ?? []).filter((not) =>
      quotes.some((quote) => quote.text.text.toLowerCase() === not.text.toLowerCase()),
    ).length;
    rows.push(
      {
        dataset: 'seed article',
        field: 'golden quotes with right speaker',
        value: right,
        n: expected.length,
        goal: expected.length,
      },
      {
        dataset: 'seed article',
        field: 'scare quotes taken as quotes',
        value: scare,
        n: golden.expected.notQuotes?.length ?? 0,
        goal: 0,
        lowerIsBetter: true,
      },
    );
  }
  return rows;
}

/** Quote extraction on PolNeAR (dev, and train) and on the seed article's golden quotes. */
export const quotesSuite: EvalSuite = {
  name: 'quotes',
  run(dataDir) {
    const directory = join(dataDir, 'polnear');
    const rows: EvalRow[] = [];
    const dev = join(directory, 'polnear_dev.jsonl');
    if (existsSync(dev)) rows.push(...polnearRows('polnear dev', readJsonl<PolnearRecord>(dev)));
    const train = ['polnear_train_part1.jsonl', 'polnear_train_part2.jsonl']
      .map((file) => join(directory, file))
      .filter((path) => existsSync(path))
      .flatMap((path) => readJsonl<PolnearRecord>(path));
    if (train.length > 0 && process.env.NEWSPARSE_EVAL_QUICK !== '1')
      rows.push(...polnearRows('polnear train', train));
    rows.push(...seedRows());
    return rows;
  },
};
