import { join } from 'node:path';
import { parseArticle } from '../../packages/core/src/index.js';
import type { Article, ParseOptions } from '../../packages/core/src/types.js';
import { ratio, readJsonl } from './data.js';
import type { EvalRow, EvalSuite } from './types.js';

/** One Reuters-21578 story as `reuters21578/reuters_dev.jsonl` stores it (see the eval README). */
export interface ReutersRecord {
  id: string;
  pub_datetime: string;
  text: string;
  dateline: {
    raw: string;
    place: string | null;
    date: string | null;
    tag_noisy?: boolean;
    unparsed?: boolean;
  };
  author: { raw: string; name: string; agency: string | null } | null;
}

type Parse = (text: string, options: ParseOptions) => Pick<Article, 'byline' | 'dateline'>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATASET = 'reuters21578 dev';

/** "26-FEB-1987 15:03:27.51" → "1987-02-26". */
export function reutersPublished(pubDatetime: string): string | null {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(pubDatetime.trim());
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] as string).toLowerCase()) + 1;
  if (month === 0) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] as string).padStart(2, '0')}`;
}

/** "Feb 26" → "02-26", to compare with the month and day of `--MM-DD` or `YYYY-MM-DD`. */
function goldMonthDay(date: string): string | null {
  const match = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})$/.exec(date.trim());
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] as string).toLowerCase()) + 1;
  return month === 0 ? null : `${String(month).padStart(2, '0')}-${(match[2] as string).padStart(2, '0')}`;
}

function normalise(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The gold names, split the way our byline lists them ("A and B" → ["a", "b"]). */
function goldNames(name: string): string[] {
  // The gold sometimes keeps the agency in the name ("Colin Brinsden, Reuters."): the name is before it.
  const beforeComma = name.split(',')[0] ?? name;
  return beforeComma
    .split(/\s+and\s+|\s*&\s*/i)
    .map(normalise)
    .filter((part) => part.length > 0);
}

interface Tally {
  hits: number;
  total: number;
}

interface Miss {
  id: string;
  field: string;
  expected: string;
  got: string;
}

/**
 * Scores datelines and bylines on Reuters-21578 stories. `parse` is `parseArticle` in the suite; the
 * parameter lets a caller score another parser build on the same records.
 */
export function scoreReuters(records: readonly ReutersRecord[], parse: Parse = parseArticle) {
  const tally = (): Tally => ({ hits: 0, total: 0 });
  const counts = {
    place: tally(),
    date: tally(),
    noisyPlace: tally(),
    name: tally(),
    agency: tally(),
    falseByline: tally(),
  };
  const misses: Miss[] = [];
  for (const record of records) {
    const published = reutersPublished(record.pub_datetime);
    const article = parse(record.text, published ? { published } : {});
    const gold = record.dateline;
    const ours = article.dateline;
    const ourPlace = ours ? normalise([ours.place, ours.region].filter(Boolean).join(', ')) : '';
    if (gold.tag_noisy || gold.unparsed) {
      counts.noisyPlace.total++;
      if (gold.place && normalise(gold.place) === ourPlace) counts.noisyPlace.hits++;
    } else if (gold.place) {
      counts.place.total++;
      if (normalise(gold.place) === ourPlace) counts.place.hits++;
      else
        misses.push({ id: record.id, field: 'place', expected: gold.place, got: ours?.span.text ?? 'null' });
      const expectedDate = gold.date ? goldMonthDay(gold.date) : null;
      if (expectedDate) {
        counts.date.total++;
        const ourDate = ours?.date?.slice(-5) ?? null;
        if (ourDate === expectedDate) counts.date.hits++;
        else
          misses.push({ id: record.id, field: 'date', expected: gold.date ?? '', got: ours?.date ?? 'null' });
      }
    }
    const byline = article.byline;
    if (record.author) {
      const expected = goldNames(record.author.name);
      const got = (byline?.authors ?? []).map((author) => normalise(author.name));
      counts.name.total++;
      if (expected.length === got.length && expected.every((name, i) => name === got[i])) counts.name.hits++;
      else misses.push({ id: record.id, field: 'byline', expected: record.author.raw, got: got.join(' | ') });
      const expectedAgency = record.author.agency ? normalise(record.author.agency) : null;
      const gotAgency = byline?.agencies[0] ? normalise(byline.agencies[0]) : null;
      counts.agency.total++;
      if (expectedAgency === gotAgency) counts.agency.hits++;
      else
        misses.push({
          id: record.id,
          field: 'agency',
          expected: record.author.raw,
          got: gotAgency ?? 'null',
        });
    } else {
      counts.falseByline.total++;
      if (byline) {
        counts.falseByline.hits++;
        misses.push({ id: record.id, field: 'false byline', expected: 'null', got: byline.span.text });
      }
    }
  }
  const row = (field: string, { hits, total }: Tally, extra: Partial<EvalRow> = {}): EvalRow => ({
    dataset: DATASET,
    field,
    value: ratio(hits, total),
    n: total,
    ...extra,
  });
  const rows: EvalRow[] = [
    row('dateline place accuracy', counts.place, { goal: 0.99 }),
    row('dateline date accuracy', counts.date, { goal: 0.99 }),
    row('dateline place accuracy (tag_noisy/unparsed gold)', counts.noisyPlace, {
      note: 'gold flagged noisy or unparsed; reported apart',
    }),
    row('byline name accuracy', counts.name, { goal: 0.98 }),
    row('byline agency accuracy', counts.agency),
    row('false byline rate', counts.falseByline, { goal: 0.005, lowerIsBetter: true }),
  ];
  return { rows, misses };
}

/** Datelines and bylines on Reuters-21578 (1987 wire copy), as issue 3 measures them. */
export const reutersSuite: EvalSuite = {
  name: 'reuters21578',
  run(dataDir: string): EvalRow[] {
    const records = readJsonl<ReutersRecord>(join(dataDir, 'reuters21578', 'reuters_dev.jsonl'));
    const { rows, misses } = scoreReuters(records);
    if (process.env.NEWSPARSE_EVAL_VERBOSE) {
      for (const miss of misses)
        console.log(`${miss.field}\t${miss.id}\texpected ${miss.expected}\tgot ${miss.got}`);
    }
    return rows;
  },
};
