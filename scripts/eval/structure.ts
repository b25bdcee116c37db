import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidSpan, parseArticle } from '../../packages/core/src/index.js';
import { fixturesDir, ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

interface Golden {
  article: string;
  expected: {
    headline: string;
    standfirst: { contains: string[] };
    published: string;
    captions: { contains: string[]; credit: string }[];
  };
}

interface TitledRecord {
  title: string;
  text: string;
}

const normalise = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.:’'"”]+$/, '');

/** Every span anywhere in an article value, for the validity figure. */
export function collectSpans(value: unknown, into: { start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const item of value) collectSpans(item, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record.start === 'number' &&
      typeof record.end === 'number' &&
      typeof record.text === 'string'
    ) {
      into.push(record as { start: number; end: number; text: string });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'text') collectSpans(child, into);
  }
  return into;
}

export const structureSuite: EvalSuite = {
  name: 'structure',
  run(dataDir) {
    const rows: EvalRow[] = [];
    const dir = fixturesDir();
    const golden = JSON.parse(
      readFileSync(join(dir, 'arab-weekly-2020-11-20-baghdad-embassy.expected.json'), 'utf8'),
    ) as Golden;
    const text = readFileSync(join(dir, golden.article), 'utf8');
    const article = parseArticle(text);
    const expected = golden.expected;
    const checks: [string, boolean][] = [
      ['headline', normalise(article.headline?.text ?? '') === normalise(expected.headline)],
      [
        'standfirst',
        expected.standfirst.contains.every((part) =>
          normalise(article.standfirst?.text ?? '').includes(normalise(part)),
        ),
      ],
      ['published', article.published?.date === expected.published],
      [
        'captions (one, credited)',
        article.captions.length === expected.captions.length &&
          expected.captions.every((caption, index) => article.captions[index]?.credit === caption.credit),
      ],
    ];
    for (const [field, ok] of checks)
      rows.push({ dataset: 'seed article', field, value: ok ? 1 : 0, n: 1, goal: 1 });
    const spans = collectSpans(article);
    rows.push({
      dataset: 'seed article',
      field: 'valid spans',
      value: ratio(spans.filter((span) => isValidSpan(text, span)).length, spans.length),
      n: spans.length,
      goal: 1,
    });

    for (const [dataset, file] of [
      ['reuters21578 dev', 'reuters21578/reuters_dev.jsonl'],
      ['polnear dev', 'polnear/polnear_dev.jsonl'],
    ] as const) {
      const records = readJsonl<TitledRecord>(join(dataDir, file));
      let headlines = 0;
      let validSpans = 0;
      let totalSpans = 0;
      for (const record of records) {
        const parsed = parseArticle(record.text);
        const headline = normalise(parsed.headline?.text ?? '');
        if (headline === normalise(record.title)) headlines++;
        for (const span of collectSpans(parsed)) {
          totalSpans++;
          if (isValidSpan(record.text, span)) validSpans++;
        }
      }
      rows.push({
        dataset,
        field: 'headline = title',
        value: ratio(headlines, records.length),
        n: records.length,
      });
      rows.push({
        dataset,
        field: 'valid spans',
        value: ratio(validSpans, totalSpans),
        n: totalSpans,
        goal: 1,
      });
    }
    return rows;
  },
};
